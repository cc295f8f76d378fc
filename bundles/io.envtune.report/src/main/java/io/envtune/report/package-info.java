/**
 * The report of a training run: {@link io.envtune.report.Reports} reads a run folder written by the training loop
 * ({@code metrics.jsonl}, {@code summary.json}, {@code state.json}, {@code curriculum.json},
 * {@code records/step-NNNNN.jsonl}) and writes one self-contained HTML page with PNG charts, or returns a short text
 * table for a terminal.
 */
@Export
@Version("1.0.0")
package io.envtune.report;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
