package io.envtune.runtime;

/**
 * The bounds that keep one episode's cost finite whatever the model or the task source sends. Each is configurable;
 * when one is hit, the message names it ({@code (limit: response length)}, {@code (limit: tool calls per step)},
 * {@code (limit: turns per episode)}). The steps of a turn are bounded by {@link EpisodeConfig#maxStepsPerTurn()}.
 *
 * @param maxResponseChars the longest model response that is parsed; a longer one is a format error
 * @param maxCallsPerStep the most tool calls one step may make; more is a format error and nothing runs
 * @param maxTurnsPerEpisode the most user turns a task may have; a longer task is refused when its episode opens
 */
public record EpisodeLimits(int maxResponseChars, int maxCallsPerStep, int maxTurnsPerEpisode) {

    /**
     * The defaults: {@link ResponseParser#MAX_CHARS} characters, 64 calls per step (BFCL's largest turn has 34 calls),
     * 64 turns per episode (BFCL's longest task has 8).
     */
    public static final EpisodeLimits DEFAULTS = new EpisodeLimits(ResponseParser.MAX_CHARS, 64, 64);

    /** Validates that every bound is at least 1. */
    public EpisodeLimits {
        if (maxResponseChars < 1 || maxCallsPerStep < 1 || maxTurnsPerEpisode < 1) {
            throw new IllegalArgumentException("episode limits must be at least 1, were maxResponseChars="
                + maxResponseChars + " maxCallsPerStep=" + maxCallsPerStep + " maxTurnsPerEpisode="
                + maxTurnsPerEpisode);
        }
    }
}
