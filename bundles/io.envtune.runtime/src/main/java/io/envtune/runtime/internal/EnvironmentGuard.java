package io.envtune.runtime.internal;

import io.envtune.bfcl.EpisodeEnvironments;
import io.envtune.runtime.ToolCallRunner;
import java.util.concurrent.Callable;

/**
 * Everything one episode asks of its environments, run on a {@link ToolCallRunner} under the episode's tool-call
 * time limit: opening the instances, each tool call, each turn's scoring (the ground truth runs there) and closing.
 * The episode's own thread only waits, so a hostile environment can stall nothing but its own episode.
 */
public final class EnvironmentGuard {

    private static final int LABEL_CHARS = 80;
    private static final System.Logger LOG = System.getLogger(EnvironmentGuard.class.getName());

    private final ToolCallRunner runner;
    private final String episodeId;
    private final long millis;

    /**
     * @param runner where the environment code runs
     * @param episodeId the episode, for log lines
     * @param millis the time limit of one call
     */
    public EnvironmentGuard(ToolCallRunner runner, String episodeId, long millis) {
        this.runner = runner;
        this.episodeId = episodeId;
        this.millis = millis;
    }

    /**
     * @param model the live instances
     * @return a gate that runs each call under the limit
     */
    public CallGate gate(EpisodeEnvironments model) {
        return text -> runner.call(episodeId, "tool call " + label(text), millis, () -> model.execute(text));
    }

    /**
     * Runs environment work whose limit grows with the calls it makes (scoring runs the turn's ground truth).
     *
     * @param what what runs, for the reason
     * @param calls the tool calls it makes
     * @param work the work
     * @param <T> its result type
     * @return its result
     * @throws ToolCallRunner.Fault when it ran over the limit or failed
     */
    public <T> T run(String what, int calls, Callable<T> work) {
        return runner.call(episodeId, what, millis * (1L + calls), work);
    }

    /**
     * Opens instances; an exception of the opening code is thrown as it is, so callers keep their error messages.
     *
     * @param work opens the instances
     * @return them
     * @throws IllegalArgumentException when the opening timed out, or as the opening code throws it
     */
    public EpisodeEnvironments open(Callable<EpisodeEnvironments> work) {
        try {
            return runner.call(episodeId, "opening the environments", millis, work);
        } catch (ToolCallRunner.Fault f) {
            if (f.getCause() instanceof RuntimeException e) {
                throw e;
            }
            throw new IllegalArgumentException(f.reason(), f);
        }
    }

    /**
     * Closes instances; a close that fails or hangs is logged, never thrown, so the others still close.
     *
     * @param environments the instances
     */
    public void close(EpisodeEnvironments environments) {
        try {
            runner.call(episodeId, "closing the environments", millis, () -> {
                environments.close();
                return null;
            });
        } catch (ToolCallRunner.Fault f) {
            LOG.log(System.Logger.Level.WARNING, "envtune: episode " + episodeId + ": " + f.reason());
        }
    }

    private static String label(String callText) {
        return callText.length() <= LABEL_CHARS ? callText : callText.substring(0, LABEL_CHARS) + "…";
    }
}
