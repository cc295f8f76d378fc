package io.envtune.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** The known names closest to a mistyped one, by edit distance: for "did you mean" in refusals. */
public final class Closest {

    private static final int MAX_SUGGESTIONS = 3;

    private Closest() {
    }

    /**
     * @param typed what the user typed
     * @param known the valid names
     * @param key what of a known name to compare with (the whole name, or a part of it)
     * @return up to three known names at the smallest edit distance found, if it is small (about a third of the
     *     typed length, at least 2)
     */
    public static List<String> names(String typed, Collection<String> known,
                                     UnaryOperator<String> key) {
        String wanted = typed.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, wanted.length() / 3);
        List<String> sorted = new ArrayList<>(known);
        sorted.sort(Comparator.comparingInt((String k) -> distance(wanted, key.apply(k))).thenComparing(k -> k));
        List<String> out = new ArrayList<>();
        int best = sorted.isEmpty() ? Integer.MAX_VALUE : distance(wanted, key.apply(sorted.get(0)));
        for (String k : sorted) {
            int d = distance(wanted, key.apply(k));
            if (out.size() < MAX_SUGGESTIONS && d <= limit && d == best) {
                out.add(k);
            }
        }
        return out;
    }

    /**
     * @param a one word
     * @param b another
     * @return the edit distance counting insertions, deletions, substitutions and swaps of two neighbouring
     *     letters (the commonest typo) as one edit each
     */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
