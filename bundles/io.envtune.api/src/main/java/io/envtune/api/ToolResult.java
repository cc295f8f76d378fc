package io.envtune.api;

/**
 * The outcome of one tool call.
 *
 * <p>A call fails in one of two ways, told apart here and never by reading {@code text}: it <em>raised</em> (BFCL's
 * executor caught a Python exception and the text is {@code "Error during execution: ..."}), or the tool
 * <em>returned</em> a failure (usually an {@code {"error": ...}} dict), which BFCL counts as a well-formed call.
 *
 * @param text the exact result string BFCL would produce (what standard feedback shows and scoring compares)
 * @param failure why the call failed, or null when it succeeded
 * @param raised true when the call raised a Python exception; a raised result always has a failure
 */
public record ToolResult(String text, ToolFailure failure, boolean raised) {

    /**
     * Checks that only a failed result raised.
     *
     * @throws IllegalArgumentException when {@code raised} is set without a failure
     */
    public ToolResult {
        if (raised && failure == null) {
            throw new IllegalArgumentException("a raised result needs its failure: " + text);
        }
    }

    /**
     * A result that did not raise: a success ({@code failure} null) or a failure the tool returned.
     *
     * @param text the result string
     * @param failure why the call failed, or null when it succeeded
     */
    public ToolResult(String text, ToolFailure failure) {
        this(text, failure, false);
    }

    /**
     * A successful result.
     *
     * @param text the result string
     * @return the result
     */
    public static ToolResult ok(String text) {
        return new ToolResult(text, null, false);
    }

    /**
     * A call that raised a Python exception.
     *
     * @param text the result string, {@code "Error during execution: " + str(exception)} in BFCL's executor
     * @param failure why it raised; never null
     * @return the result
     */
    public static ToolResult raised(String text, ToolFailure failure) {
        return new ToolResult(text, failure, true);
    }

    /** @return true when the call failed (an error result or an exception inside the tool) */
    public boolean failed() {
        return failure != null;
    }
}
