/**
 * The envtune episode service's OSGi side, a face over the platform's {@link io.envtune.platform.Plugins}:
 * {@link io.envtune.server.internal.ServerComponent} (a server from configuration),
 * {@link io.envtune.server.internal.ServeCommand} ({@code envtune:serve}) and
 * {@link io.envtune.server.internal.EnvtuneServer}, which ties a core, its HTTP front and the idle sweeper together.
 * Not exported.
 */
package io.envtune.server.internal;
