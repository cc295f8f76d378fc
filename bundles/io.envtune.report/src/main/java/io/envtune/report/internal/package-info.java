/**
 * Reading a run folder into records ({@link io.envtune.report.internal.RunFiles}), the aggregates (stage table,
 * per-split accuracy, turn ledger), the charts (JFreeChart, rendered headless to PNG) and the HTML and text forms.
 * Not exported.
 */
package io.envtune.report.internal;
