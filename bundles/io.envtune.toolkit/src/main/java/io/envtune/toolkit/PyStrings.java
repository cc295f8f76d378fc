package io.envtune.toolkit;

import java.util.List;

/** Python {@code str} methods whose Java look-alikes differ: splitlines, split, len, lower. */
public final class PyStrings {

    private PyStrings() {
    }

    /**
     * @param s a string
     * @return {@code s.splitlines()} (all of Python's line boundaries; no final empty piece)
     */
    public static List<String> splitlines(String s) {
        throw new UnsupportedOperationException("toolkit: not implemented yet");
    }

    /**
     * @param s a string
     * @return {@code s.split()} (runs of Unicode whitespace, no empty pieces)
     */
    public static List<String> split(String s) {
        throw new UnsupportedOperationException("toolkit: not implemented yet");
    }

    /**
     * @param s a string
     * @return {@code len(s)} in code points
     */
    public static int len(String s) {
        return s.codePointCount(0, s.length());
    }
}
