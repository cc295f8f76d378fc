package io.envtune.policy.djl.internal;

import java.util.BitSet;
import java.util.Set;

/**
 * Which tokens a response-grammar state allows next: the one rule that constrained sampling draws under and that
 * training replays, so the sampled log-probabilities and the recomputed ones are both taken from the same masked,
 * renormalised distribution. A special token is allowed only when it ends the sequence and the grammar is done;
 * any other token when its bytes are non-empty and the state accepts them all.
 */
final class TokenMask {

    private final TokenBytes bytes;
    private final Set<Integer> eos;

    /**
     * @param bytes the token byte table
     * @param eos the end-of-sequence ids
     */
    TokenMask(TokenBytes bytes, Set<Integer> eos) {
        this.bytes = bytes;
        this.eos = eos;
    }

    /**
     * @param g the grammar state (left unchanged)
     * @param t a token id
     * @return whether {@code t} may come next
     */
    boolean allows(GrammarState g, int t) {
        if (t >= bytes.size()) {
            return false;
        }
        if (bytes.special(t)) {
            return eos.contains(t) && g.done();
        }
        byte[] b = bytes.bytes(t);
        return b.length > 0 && !g.done() && g.copy().accept(b);
    }

    /**
     * @param g the grammar state (left unchanged)
     * @param vocab the number of ids (the logits' width)
     * @return every id that may come next
     */
    BitSet allowed(GrammarState g, int vocab) {
        BitSet out = new BitSet(vocab);
        for (int t = 0; t < vocab; t++) {
            if (allows(g, t)) {
                out.set(t);
            }
        }
        return out;
    }

    /**
     * Advances a grammar state past a sampled token, as decoding does (special tokens leave it as it is).
     *
     * @param g the state
     * @param t the token
     */
    void advance(GrammarState g, int t) {
        if (!bytes.special(t)) {
            g.accept(bytes.bytes(t));
        }
    }

    /**
     * Replays a constrained completion: the set each of its tokens was drawn from.
     *
     * @param grammar the grammar it was sampled under
     * @param ids the sampled ids, in order
     * @param vocab the number of ids
     * @return one allowed set per id
     */
    BitSet[] replay(ResponseGrammar grammar, int[] ids, int vocab) {
        GrammarState g = grammar.start();
        BitSet[] out = new BitSet[ids.length];
        for (int j = 0; j < ids.length; j++) {
            out[j] = allowed(g, vocab);
            advance(g, ids[j]);
        }
        return out;
    }
}
