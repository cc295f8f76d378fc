package io.envtune.augment.internal;

import io.envtune.api.ToolSpec;
import java.util.List;
import java.util.Optional;

/** Small helpers over tool specs shared by the augmenters. */
final class Signatures {

    private Signatures() {
    }

    /**
     * @param tools the tools on offer
     * @param name a tool name
     * @return the spec with that name
     */
    static Optional<ToolSpec> find(List<ToolSpec> tools, String name) {
        return tools.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /**
     * @param a a string
     * @param b a string
     * @return the Levenshtein distance
     */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
