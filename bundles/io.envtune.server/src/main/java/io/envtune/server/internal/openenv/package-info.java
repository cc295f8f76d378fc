/**
 * envtune's episodes in OpenEnv's protocol: a WebSocket at {@code /ws} (one connection, one episode session; JSON
 * messages {@code reset}, {@code step}, {@code state}, {@code close}, answered with {@code observation}, {@code state}
 * or {@code error} messages) and the HTTP routes {@code /reset}, {@code /step}, {@code /state}, {@code /schema},
 * {@code /metadata}, {@code /health}, beside envtune's own {@code /v1} API. Both play episodes through the same
 * {@link io.envtune.server.internal.core.ServiceCore}, so limits, the bearer token and metrics are shared. Requests
 * are decoded strictly by {@link io.envtune.server.internal.openenv.Fields} with our own error texts. Not exported.
 */
package io.envtune.server.internal.openenv;
