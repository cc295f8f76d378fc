/**
 * The service without HTTP: {@link io.envtune.server.internal.core.ServiceCore} (open episodes by id, limits, idle
 * expiry, counters), the curriculum operations, the task catalog and the metrics. Refusals are
 * {@link io.envtune.server.internal.core.ServiceError}s that the HTTP layer maps to status codes. Not exported.
 */
package io.envtune.server.internal.core;
