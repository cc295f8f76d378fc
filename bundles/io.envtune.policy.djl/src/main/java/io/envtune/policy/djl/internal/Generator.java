package io.envtune.policy.djl.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * KV-cache decoding of n samples per prompt: the prompts are prefilled once (left-padded together), their keys and
 * values are shared by their samples ({@link SharedPromptCache}), and all sequences are decoded in lockstep. Each
 * sequence has its own random stream derived from the seed and its indices, so what else is in the batch changes its
 * result only through float rounding of the batched matrix products.
 */
public final class Generator {

    private final Supplier<CausalLm> models;
    private final TokenBytes bytes;
    private final Set<Integer> eos;

    /**
     * One generated sequence.
     *
     * @param ids the sampled token ids (an EOS that ended it included)
     * @param logProbs the model's log-probability of each id
     * @param truncated whether the token budget (or a grammar dead end) cut it off
     */
    public record Sample(int[] ids, float[] logProbs, boolean truncated) {
    }

    /**
     * What to sample.
     *
     * @param n sequences
     * @param maxNewTokens the budget per sequence
     * @param sampler temperature and cuts
     * @param stop stop strings (generation ends after the token that completes one)
     * @param grammar the response grammar, or null for free decoding
     * @param seed the seed; sequence i uses a stream derived from (seed, i)
     */
    public record Request(int n, int maxNewTokens, Sampler sampler, List<String> stop, ResponseGrammar grammar,
                          long seed) {
    }

    /**
     * @param model the model
     * @param bytes the token byte table (grammar and stop strings)
     * @param eos the end-of-sequence ids
     */
    public Generator(CausalLm model, TokenBytes bytes, Set<Integer> eos) {
        this(() -> model, bytes, eos);
    }

    /**
     * @param models the model to use, asked once per call (e.g. a {@link DecodingModel})
     * @param bytes the token byte table (grammar and stop strings)
     * @param eos the end-of-sequence ids
     */
    public Generator(Supplier<CausalLm> models, TokenBytes bytes, Set<Integer> eos) {
        this.models = models;
        this.bytes = bytes;
        this.eos = eos;
    }

    /**
     * @param prompt the prompt ids (at least one)
     * @param request what to sample
     * @return n samples
     */
    public List<Sample> generate(long[] prompt, Request request) {
        return generate(List.of(prompt), java.util.Collections.singletonList(request.grammar()), request).get(0);
    }

    /**
     * Samples n sequences for each of several prompts in one batch: prompts are left-padded (padding masked, real
     * tokens at positions 0..L-1), so per-step costs are shared by all of them.
     *
     * @param prompts the prompts (each at least one id)
     * @param grammars one grammar (or null) per prompt; the request's own grammar is ignored
     * @param request n, budget, sampler, stops; prompt i's sample j draws from a stream derived from
     *                (seed, i, j)
     * @return n samples per prompt
     */
    public List<List<Sample>> generate(List<long[]> prompts, List<ResponseGrammar> grammars, Request request) {
        return generate(prompts, new int[prompts.size()], null, grammars, request);
    }

    /**
     * As {@link #generate(List, List, Request)}, reusing cached keys and values for each prompt's first
     * {@code prefixLens[i]} tokens.
     *
     * @param prompts the prompts (each at least one id)
     * @param prefixLens each prompt's cached prefix length (0: none; less than the prompt's length)
     * @param prefixes the prefix cache (may be null when every length is 0)
     * @param grammars one grammar (or null) per prompt
     * @param request n, budget, sampler, stops
     * @return n samples per prompt
     */
    public List<List<Sample>> generate(List<long[]> prompts, int[] prefixLens, PrefixCache prefixes,
                                       List<ResponseGrammar> grammars, Request request) {
        return DjlRuntime.call(() -> {
            CausalLm model = models.get();
            try (NDManager m = model.weights().manager().newSubManager();
                 KvCache cache = new KvCache(model.config().layers())) {
                return decode(model, m, cache, prompts, PromptLayout.of(prompts, prefixLens), prefixLens, prefixes,
                        grammars, request);
            } finally {
                if (prefixes != null) {
                    prefixes.trim();
                }
            }
        });
    }

    private List<List<Sample>> decode(CausalLm model, NDManager m, KvCache cache, List<long[]> prompts,
                                      PromptLayout layout, int[] prefixLens, PrefixCache prefixes,
                                      List<ResponseGrammar> grammars, Request req) {
        int n = req.n();
        List<SequenceState> rows = rows(prompts.size(), grammars, req);
        ScoreReader reader = new ScoreReader(req.sampler());
        Sampler.Scores[] scores = prefill(model, m, cache, prompts, layout, prefixLens, prefixes, reader, n);
        // The n samples of a prompt share its keys and values (even n = 1 gains: a step is then one scripted call).
        try (SharedPromptCache store = new SharedPromptCache(cache, n, req.maxNewTokens(),
                layout.padded() ? layout.valid() : null, m)) {
            for (int step = 0; step < req.maxNewTokens(); step++) {
                long[][] next = new long[rows.size()][1];
                long[][] stepPos = new long[rows.size()][1];
                boolean active = false;
                for (int i = 0; i < rows.size(); i++) {
                    SequenceState r = rows.get(i);
                    if (!r.finished) {
                        r.step(scores[i], req.sampler(), step + 1 == req.maxNewTokens());
                    }
                    next[i][0] = r.lastToken();
                    stepPos[i][0] = prompts.get(i / n).length + step;
                    active |= !r.finished;
                }
                if (!active) {
                    break;
                }
                try (NDScope scope = new NDScope()) {
                    scores = reader.read(model.forward(m, next, stepPos, null, store), 1);
                }
            }
        }
        List<List<Sample>> out = new ArrayList<>();
        for (int c = 0; c < prompts.size(); c++) {
            List<Sample> samples = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                samples.add(rows.get(c * n + j).sample());
            }
            out.add(samples);
        }
        return out;
    }

    private List<SequenceState> rows(int convs, List<ResponseGrammar> grammars, Request req) {
        List<SequenceState> rows = new ArrayList<>();
        for (int c = 0; c < convs; c++) {
            ResponseGrammar g = grammars.get(c);
            for (int j = 0; j < req.n(); j++) {
                rows.add(new SequenceState(new SplittableRandom(mix(mix(req.seed(), c), j)),
                        g == null ? null : g.start(), stops(req.stop()), bytes, eos));
            }
        }
        return rows;
    }

    /** Prefills the prompts (one row each) and returns the first distributions of every sample row. */
    private static Sampler.Scores[] prefill(CausalLm model, NDManager m, KvCache cache, List<long[]> prompts,
                                            PromptLayout layout, int[] prefixLens, PrefixCache prefixes,
                                            ScoreReader reader, int n) {
        try (NDScope scope = new NDScope()) {
            cache.reserve(layout.prefixWidth() + layout.suffixWidth());
            if (layout.prefixWidth() > 0) {
                prefixes.seed(m, cache, prompts, prefixLens, layout.prefixWidth());
            }
            boolean[][] prefillMask = layout.padded() ? layout.valid() : null;
            // Only the last position's logits are needed: the LM head runs on one row per prompt, not on all of them.
            NDArray hidden = model.hidden(m, layout.suffixIds(), layout.suffixPos(), prefillMask, cache);
            return reader.read(model.logits(hidden.get(":, -1, :")), n);
        }
    }

    private static List<byte[]> stops(List<String> stop) {
        List<byte[]> out = new ArrayList<>();
        for (String s : stop) {
            if (!s.isEmpty()) {
                out.add(s.getBytes(StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    /** SplitMix-style mixing so nearby seeds and indices give unrelated streams. */
    static long mix(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + (index + 1) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
