package io.envtune.platform.internal;

/**
 * Where the registry's events go: one line each on the process's error stream, prefixed {@code envtune:}. The
 * launcher has no log service (SLF4J 2 providers and the OSGi Log Service both need bundles it does not ship), so
 * this is the one place to change when one arrives.
 */
final class Events {

    private Events() {
    }

    static void log(String line) {
        System.err.println("envtune: " + line);
    }
}
