package io.envtune.server.internal;

/**
 * Configuration of the {@link ServerComponent} (PID {@code io.envtune.server.internal.ServerComponent}). With no
 * configuration no server starts; a configuration (e.g. a {@code .cfg} file in {@code load/}) starts one.
 */
public @interface ServerConfiguration {

    /** @return the port; 0 picks a free one */
    int port() default 8765;

    /** @return the bind address; anything but loopback needs {@link #tokenFile()} */
    String bind() default "127.0.0.1";

    /** @return a file whose first line is the bearer token, or empty for none */
    String tokenFile() default "";

    /** @return a BFCL data folder to serve task ids from, or empty */
    String bfclDir() default "";

    /** @return a JSON Lines tasks file (the BFCL task format) to serve task ids from; empty for none */
    String tasksFile() default "";

    /** @return the largest request body in bytes */
    int maxBodyBytes() default 1 << 20;

    /** @return open episodes allowed at once */
    int maxOpenEpisodes() default 4096;

    /** @return steps one episode may take in all */
    int maxStepsPerEpisode() default 1000;

    /** @return the largest per-turn step cap a client may ask for */
    int maxStepsPerTurn() default 50;

    /** @return seconds without a request after which an episode is closed */
    long idleTimeoutSeconds() default 600;

    /** @return assistant text all open episodes may hold together, in units of 2^20 characters */
    long maxStoredMegachars() default 1024;

    /** @return the most request threads */
    int threads() default 32;
}
