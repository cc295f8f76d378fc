package io.envtune.policy.djl.internal;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The decoding state of one sequence: its random stream, grammar state, stop strings, the ids and log-probabilities
 * so far, and why it ended.
 */
final class SequenceState {

    private final TokenBytes bytes;
    private final Set<Integer> eos;
    private final TokenMask mask;

    final SplittableRandom rng;
    final GrammarState grammar;
    final List<byte[]> stops;
    final List<Integer> ids = new ArrayList<>();
    final List<Float> logProbs = new ArrayList<>();
    final ByteArrayOutputStream text = new ByteArrayOutputStream();
    boolean finished;
    boolean truncated;

    SequenceState(SplittableRandom rng, GrammarState grammar, List<byte[]> stops, TokenBytes bytes,
                  Set<Integer> eos) {
        this.bytes = bytes;
        this.eos = eos;
        this.mask = new TokenMask(bytes, eos);
        this.rng = rng;
        this.grammar = grammar;
        this.stops = stops;
    }

    long lastToken() {
        return ids.isEmpty() ? 0 : ids.get(ids.size() - 1);
    }

    /**
     * Picks and records the next token.
     *
     * @param scores the row's next-token scores
     * @param sampler temperature and cuts
     * @param lastStep whether the budget ends after this token
     */
    void step(Sampler.Scores scores, Sampler sampler, boolean lastStep) {
        if (grammar != null && grammar.done() && eos.isEmpty()) {
            finished = true;
            return;
        }
        int t = sampler.pick(scores.logits(), scores.probs(), rng, grammar == null ? null : this::allowed);
        if (t < 0) {
            finished = true;
            truncated = true;
            return;
        }
        ids.add(t);
        // Under a grammar the token was drawn from the masked, renormalised distribution: record its log-probability
        // there (the trainer recomputes it under the same mask), not under the model's full distribution.
        logProbs.add(grammar == null ? scores.logProb(t)
                : (float) (scores.logProb(t) - Math.log(Math.max(allowedMass(scores), scores.prob(t)))));
        if (grammar != null) {
            mask.advance(grammar, t);
        }
        if (eos.contains(t) || hitStop(t)) {
            finished = true;
        } else if (lastStep) {
            finished = true;
            truncated = true;
        }
    }

    boolean allowed(int t) {
        return mask.allows(grammar, t);
    }

    /** The model's (temperature 1) probability mass on the tokens the grammar allows now. */
    private double allowedMass(Sampler.Scores scores) {
        double mass = 0;
        int v = scores.width();
        for (int t = 0; t < v; t++) {
            if (mask.allows(grammar, t)) {
                mass += scores.prob(t);
            }
        }
        return mass;
    }

    boolean hitStop(int t) {
        if (stops.isEmpty() || bytes.special(t)) {
            return false;
        }
        byte[] added = bytes.bytes(t);
        text.writeBytes(added);
        byte[] all = text.toByteArray();
        for (byte[] s : stops) {
            int from = Math.max(0, all.length - added.length - s.length + 1);
            if (indexOf(all, s, from) >= 0) {
                return true;
            }
        }
        return false;
    }

    Generator.Sample sample() {
        int[] out = ids.stream().mapToInt(Integer::intValue).toArray();
        float[] lp = new float[logProbs.size()];
        for (int i = 0; i < lp.length; i++) {
            lp[i] = logProbs.get(i);
        }
        return new Generator.Sample(out, lp, truncated);
    }

    private static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = from; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
