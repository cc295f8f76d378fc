package io.envtune.policy.http.internal;

/**
 * Shortens response bodies for error messages: enough to see what the server said, never a whole page of HTML.
 */
public final class Excerpts {

    /** The most characters of a body quoted in an error message. */
    public static final int MAX_CHARS = 300;

    private Excerpts() {
    }

    /**
     * @param body a response body, possibly null
     * @return the body with whitespace runs collapsed, cut to {@link #MAX_CHARS} characters, or {@code <empty body>}
     */
    public static String of(String body) {
        if (body == null || body.isBlank()) {
            return "<empty body>";
        }
        String flat = body.strip().replaceAll("\\s+", " ");
        return flat.length() <= MAX_CHARS ? flat : flat.substring(0, MAX_CHARS) + "...";
    }
}
