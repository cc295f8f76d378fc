package io.envtune.api;

/**
 * The outcome of one tool call.
 *
 * @param text the exact result string BFCL would produce (what standard feedback shows and scoring compares)
 * @param failure why the call failed, or null when it succeeded
 */
public record ToolResult(String text, ToolFailure failure) {

    /**
     * A successful result.
     *
     * @param text the result string
     * @return the result
     */
    public static ToolResult ok(String text) {
        return new ToolResult(text, null);
    }

    /** @return true when the call failed (an error result or an exception inside the tool) */
    public boolean failed() {
        return failure != null;
    }
}
