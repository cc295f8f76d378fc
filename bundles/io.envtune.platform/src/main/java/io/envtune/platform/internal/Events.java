package io.envtune.platform.internal;

import static java.lang.System.Logger.Level.WARNING;

/**
 * Where the registry's events go: one {@link System.Logger} record each (a warning), its message prefixed
 * {@code envtune:}. The launcher ships no log service, so {@code System.Logger} ends in {@code java.util.logging},
 * as the runtime's logging does; a log bridge installed later picks both up with no change here.
 */
final class Events {

    private static final System.Logger LOG = System.getLogger(PluginRegistry.class.getName());

    private Events() {
    }

    static void log(String line) {
        LOG.log(WARNING, "envtune: " + line);
    }
}
