package io.envtune.runtime.internal;

/**
 * Finds {@code <tag>…</tag>} pairs the way the regex {@code <tag>(.*?)</tag>} with DOTALL does (leftmost opening tag,
 * then the nearest closing tag after it, non-overlapping, left to right), in linear time. The regex retried the lazy
 * match from every opening tag that has no closing tag after it, which made thousands of unclosed tags in one response
 * a quadratic scan of many seconds.
 */
public final class Tags {

    private final String open;
    private final String close;

    /** @param name the tag name, e.g. {@code think} */
    public Tags(String name) {
        this.open = "<" + name + ">";
        this.close = "</" + name + ">";
    }

    /**
     * @param s the text
     * @return the number of pairs
     */
    public int count(String s) {
        int n = 0;
        for (int[] m = find(s, 0); m != null; m = find(s, m[1])) {
            n++;
        }
        return n;
    }

    /**
     * @param s the text
     * @return the content of the first pair, or the empty string when there is none
     */
    public String first(String s) {
        int[] m = find(s, 0);
        return m == null ? "" : s.substring(m[0] + open.length(), m[1] - close.length());
    }

    /**
     * @param s the text
     * @return the text with every pair (tags and content) removed
     */
    public String removeAll(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int from = 0;
        for (int[] m = find(s, 0); m != null; m = find(s, m[1])) {
            out.append(s, from, m[0]);
            from = m[1];
        }
        return out.append(s, from, s.length()).toString();
    }

    /** @return {start of the opening tag, end of the closing tag} of the next pair from {@code from}, or null */
    private int[] find(String s, int from) {
        int start = s.indexOf(open, from);
        if (start < 0) {
            return null;
        }
        // No closing tag after this opening tag means none after any later one either: the scan ends here.
        int end = s.indexOf(close, start + open.length());
        return end < 0 ? null : new int[] {start, end + close.length()};
    }
}
