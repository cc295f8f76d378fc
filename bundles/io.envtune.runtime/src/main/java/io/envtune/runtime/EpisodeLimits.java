package io.envtune.runtime;

/**
 * The bounds that keep one episode's cost finite whatever the model, the task source or an environment bundle does.
 * Each is configurable; when one is hit, the message names it ({@code (limit: response length)},
 * {@code (limit: tool calls per step)}, {@code (limit: turns per episode)}, {@code (limit: tool call time)},
 * {@code (limit: tool result size)}, {@code (limit: observation size)}). The steps of a turn are bounded by
 * {@link EpisodeConfig#maxStepsPerTurn()}.
 *
 * @param maxResponseChars the longest model response that is parsed; a longer one is a format error
 * @param maxCallsPerStep the most tool calls one step may make; more is a format error and nothing runs
 * @param maxTurnsPerEpisode the most user turns a task may have; a longer task is refused when its episode opens
 * @param toolCallMillis the time one tool call (and one turn's scoring, per ground-truth call) may take; a call over
 *                       it is abandoned and ends the episode with a reason naming the limit
 * @param maxResultChars the most characters of one tool result shown to the model; a longer one is cut and says so
 *                       (records and scoring keep the full result, as BFCL does)
 * @param maxObservationChars the most characters of the whole message sent back after a step
 */
public record EpisodeLimits(int maxResponseChars, int maxCallsPerStep, int maxTurnsPerEpisode, long toolCallMillis,
                            int maxResultChars, int maxObservationChars) {

    /** The default time limit of one tool call: generous for BFCL's tools (microseconds to milliseconds). */
    public static final long DEFAULT_TOOL_CALL_MILLIS = 5_000;

    /** The default size limit of one shown result: twice BFCL's longest result (31,706 characters, long context). */
    public static final int DEFAULT_RESULT_CHARS = 65_536;

    /** The default size limit of one observation: two full-size results. */
    public static final int DEFAULT_OBSERVATION_CHARS = 131_072;

    /**
     * The defaults: {@link ResponseParser#MAX_CHARS} characters, 64 calls per step (BFCL's largest turn has 34 calls),
     * 64 turns per episode (BFCL's longest task has 8), 5 s per tool call, 64 Ki characters per result and 128 Ki
     * characters per observation (no BFCL step comes near either).
     */
    public static final EpisodeLimits DEFAULTS = new EpisodeLimits(ResponseParser.MAX_CHARS, 64, 64);

    /** Validates that every bound is at least 1, and that an observation can hold at least one whole result. */
    public EpisodeLimits {
        if (maxResponseChars < 1 || maxCallsPerStep < 1 || maxTurnsPerEpisode < 1 || toolCallMillis < 1
            || maxResultChars < 1 || maxObservationChars < 1) {
            throw new IllegalArgumentException("episode limits must be at least 1, were maxResponseChars="
                + maxResponseChars + " maxCallsPerStep=" + maxCallsPerStep + " maxTurnsPerEpisode="
                + maxTurnsPerEpisode + " toolCallMillis=" + toolCallMillis + " maxResultChars=" + maxResultChars
                + " maxObservationChars=" + maxObservationChars);
        }
    }

    /**
     * The three 1.0 bounds with the default time and size limits.
     *
     * @param maxResponseChars the longest model response that is parsed
     * @param maxCallsPerStep the most tool calls one step may make
     * @param maxTurnsPerEpisode the most user turns a task may have
     */
    public EpisodeLimits(int maxResponseChars, int maxCallsPerStep, int maxTurnsPerEpisode) {
        this(maxResponseChars, maxCallsPerStep, maxTurnsPerEpisode, DEFAULT_TOOL_CALL_MILLIS, DEFAULT_RESULT_CHARS,
            DEFAULT_OBSERVATION_CHARS);
    }

    /**
     * @param millis the time one tool call may take
     * @return these limits with another tool-call time limit
     */
    public EpisodeLimits withToolCallMillis(long millis) {
        return new EpisodeLimits(maxResponseChars, maxCallsPerStep, maxTurnsPerEpisode, millis, maxResultChars,
            maxObservationChars);
    }

    /**
     * @param resultChars the most characters of one shown result
     * @param observationChars the most characters of one observation
     * @return these limits with other observation bounds
     */
    public EpisodeLimits withObservationSizes(int resultChars, int observationChars) {
        return new EpisodeLimits(maxResponseChars, maxCallsPerStep, maxTurnsPerEpisode, toolCallMillis, resultChars,
            observationChars);
    }
}
