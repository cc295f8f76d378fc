/**
 * The HTTP edge over embedded Jetty 12: one router over the routes, bearer-token check, size-limited bodies, JSON
 * decoded into records at once (Gson lives only here), and JSON error bodies. The routes are documented in
 * {@code /openapi.json} beside the classes. Not exported.
 */
package io.envtune.server.internal.http;
