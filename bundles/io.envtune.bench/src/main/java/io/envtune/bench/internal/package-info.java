/**
 * The measurements behind the bench command ({@code *Timing}, {@code Ceiling}) and the JMH benchmarks
 * ({@code *Benchmark}), over the real eight BFCL domains created with their public constructors.
 */
package io.envtune.bench.internal;
