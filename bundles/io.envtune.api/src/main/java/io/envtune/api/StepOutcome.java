package io.envtune.api;

/** What one policy step did; the paper's numeric step codes as a type. */
public enum StepOutcome {
    /** Tool calls ran and all succeeded (paper code −1). */
    TOOLS_OK,
    /** Tool calls ran and at least one raised: its result starts with {@code Error during execution:} (paper code −2). */
    TOOL_ERROR,
    /** The response broke the format and was sent back (paper code −3). */
    FORMAT_ERROR,
    /** An {@code <answer>} ended the turn. */
    ANSWER,
    /** An empty call list ended the turn. */
    EMPTY_CALLS,
    /**
     * Tool calls in a turn whose ground truth is empty, not executed (the released code's training protocol); the
     * turn ends with score 0.
     */
    CALLS_NOT_EXECUTED,
    /** Reported in a {@code StepReply} (never recorded) when the step cap closed the turn after this step. */
    STEP_CAP,
    /**
     * The response used up the episode's trajectory token budget (the paper's {@code max_response_length}, which
     * bounds a whole multi-turn trajectory): it was not played and the episode ended there; the turn in progress and
     * the later ones count as failed. A model outcome, not a fault: the episode stays in its training group.
     *
     * @since 2.2
     */
    TOKEN_BUDGET
}
