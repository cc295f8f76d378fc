/**
 * Benchmarks of the BFCL environments and the episode runtime. {@link io.envtune.bench.Bench} is the plain bench
 * command that prints medians; the JMH benchmarks live in {@code io.envtune.bench.internal}. Nothing here is exported:
 * the module is run from the class path, never deployed.
 */
package io.envtune.bench;
