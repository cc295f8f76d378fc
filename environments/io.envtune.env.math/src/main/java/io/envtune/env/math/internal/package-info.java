/**
 * BFCL's MathAPI, ported from its Python reference: tool bodies in {@code *Tools} classes, Python arithmetic
 * semantics (int/float promotion, {@code **}, comparisons, {@code round}) in the {@code Py*} helpers, which the
 * toolkit does not provide. Nothing here is exported; the domain is reached through its
 * {@link io.envtune.api.ToolEnvironment} service.
 */
package io.envtune.env.math.internal;
