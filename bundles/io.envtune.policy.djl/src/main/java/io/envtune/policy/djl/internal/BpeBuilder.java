package io.envtune.policy.djl.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a byte-level BPE vocabulary in which every listed word (pre-token) is exactly one token, while any other
 * text still encodes through the 256 byte tokens. For each word the current merges are simulated first, and new
 * merges (ranked after all existing ones) join the resulting pieces left to right; since BPE applies merges by rank,
 * encoding the word later reproduces those pieces and then joins them, whatever words come after.
 */
public final class BpeBuilder {

    private final Map<String, Integer> vocab = new LinkedHashMap<>();
    private final List<String> merges = new ArrayList<>();
    private final Map<String, Integer> rank = new HashMap<>();

    /** Starts with the 256 byte tokens (ids 0-255, in byte order). */
    public BpeBuilder() {
        for (int b = 0; b < 256; b++) {
            vocab.put(String.valueOf(ByteLevel.charOf(b)), b);
        }
    }

    /**
     * Makes a pre-token a single token.
     *
     * @param word the text of the pre-token, e.g. {@code " name"} or {@code "\":"}
     */
    public void add(String word) {
        String symbols = ByteLevel.encode(word.getBytes(StandardCharsets.UTF_8));
        if (symbols.length() < 2 || vocab.containsKey(symbols)) {
            return;
        }
        List<String> pieces = encode(symbols);
        String acc = pieces.get(0);
        for (int i = 1; i < pieces.size(); i++) {
            String next = pieces.get(i);
            String key = acc + " " + next;
            if (!rank.containsKey(key)) {
                rank.put(key, merges.size());
                merges.add(key);
            }
            acc = acc + next;
            vocab.putIfAbsent(acc, vocab.size());
        }
    }

    /** Plain BPE over byte-level symbols with the current merges. */
    List<String> encode(String symbols) {
        List<String> pieces = new ArrayList<>();
        symbols.codePoints().forEach(cp -> pieces.add(new String(Character.toChars(cp))));
        while (pieces.size() > 1) {
            int best = -1;
            int bestRank = Integer.MAX_VALUE;
            for (int i = 0; i + 1 < pieces.size(); i++) {
                Integer r = rank.get(pieces.get(i) + " " + pieces.get(i + 1));
                if (r != null && r < bestRank) {
                    bestRank = r;
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            pieces.set(best, pieces.get(best) + pieces.remove(best + 1));
        }
        return pieces;
    }

    /** @return token string to id */
    public Map<String, Integer> vocab() {
        return vocab;
    }

    /** @return the merges, {@code "left right"}, in rank order */
    public List<String> merges() {
        return merges;
    }
}
