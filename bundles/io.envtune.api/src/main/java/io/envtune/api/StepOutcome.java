package io.envtune.api;

/** What one policy step did; the paper's numeric step codes as a type. */
public enum StepOutcome {
    /** Tool calls ran and all succeeded (paper code −1). */
    TOOLS_OK,
    /** Tool calls ran and at least one failed (paper code −2). */
    TOOL_ERROR,
    /** The response broke the format and was sent back (paper code −3). */
    FORMAT_ERROR,
    /** An {@code <answer>} ended the turn. */
    ANSWER,
    /** An empty call list ended the turn. */
    EMPTY_CALLS,
    /** The step cap ended the turn after this step. */
    STEP_CAP
}
