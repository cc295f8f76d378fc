package io.envtune.runtime.internal;

import io.envtune.runtime.EpisodeLimits;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Keeps what a step shows the model within {@link EpisodeLimits#maxResultChars()} per result and
 * {@link EpisodeLimits#maxObservationChars()} per message. The observation budget is shared fairly: short results
 * are shown whole and the long ones split what is left. A cut result says how long it was and names the limit.
 * Only the shown text is cut; records and scoring keep every result whole.
 */
public final class ObservationBudget {

    /** Room kept for the tags, hints and reminder around the results. */
    private static final int FRAME = 1_024;

    private ObservationBudget() {
    }

    /**
     * @param results the raw results of one step
     * @param limits the size limits
     * @return the results as shown, each cut to its share when too long
     */
    public static List<String> shown(List<String> results, EpisodeLimits limits) {
        int n = results.size();
        int[] share = new int[n];
        long remaining = Math.max(0, limits.maxObservationChars() - FRAME);
        List<Integer> byLength = IntStream.range(0, n).boxed()
            .sorted(Comparator.comparingInt(i -> results.get(i).length())).toList();
        for (int k = 0; k < n; k++) {
            int i = byLength.get(k);
            long fair = remaining / (n - k);
            share[i] = (int) Math.min(Math.min(results.get(i).length(), limits.maxResultChars()), fair);
            remaining -= share[i];
        }
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(cut(results.get(i), share[i], limits));
        }
        return out;
    }

    private static String cut(String result, int keep, EpisodeLimits limits) {
        if (result.length() <= keep) {
            return result;
        }
        boolean ownLimit = keep >= limits.maxResultChars();
        return result.substring(0, safeEnd(result, keep)) + " …[truncated: " + result.length()
            + " characters, showing the first " + keep + (ownLimit ? " (limit: tool result size)]"
            : " (limit: observation size)]");
    }

    /**
     * The last cut, whatever was built, so no message exceeds the limit even when escaping or hints grew it.
     *
     * @param observation the message for the model
     * @param limits the size limits
     * @return it, or its head with a note naming the limit
     */
    public static String capped(String observation, EpisodeLimits limits) {
        int max = limits.maxObservationChars();
        if (observation.length() <= max) {
            return observation;
        }
        String note = "\n…[observation cut at " + max + " of " + observation.length()
            + " characters (limit: observation size)]";
        int keep = Math.max(0, max - note.length());
        return (observation.substring(0, safeEnd(observation, keep)) + note).substring(0, Math.min(max,
            keep + note.length()));
    }

    /** Never splits a surrogate pair: half an emoji has no UTF-8 form. */
    private static int safeEnd(String s, int end) {
        return end > 0 && end < s.length() && Character.isHighSurrogate(s.charAt(end - 1)) ? end - 1 : end;
    }
}
