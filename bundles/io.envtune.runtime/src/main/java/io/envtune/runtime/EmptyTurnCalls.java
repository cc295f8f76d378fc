package io.envtune.runtime;

/** What happens to tool calls made in a turn whose ground truth is empty (a function or parameter is missing). */
public enum EmptyTurnCalls {
    /** Executed, as BFCL evaluation does (the paper's protocol; the default). The turn scores 0. */
    EXECUTE,
    /**
     * Not executed; the turn scores 0 and the next question starts with a system warning, as the paper's released
     * training code does.
     */
    SKIP_WITH_WARNING
}
