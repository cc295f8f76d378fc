package io.envtune.policy.djl.internal;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.core.Embedding;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import io.envtune.api.UpdateStats;
import io.envtune.policy.djl.GrpoSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One GRPO step over prepared sequences: forward in token-budgeted chunks with gradient accumulation, the per-token
 * loss of {@link TokenLoss} averaged over all completion tokens, global-norm clipping, then AdamW.
 */
public final class GrpoTrainer {

    /** DJL's PyTorch engine allows one gradient collector per JVM at a time; every trainer queues here. */
    private static final Object COLLECTOR_LOCK = new Object();

    private final CausalLm policy;
    private final CausalLm reference;
    private final AdamW optimizer;
    private final GrpoSettings settings;

    /**
     * @param policy the trained model
     * @param reference the frozen reference model (KL anchor)
     * @param optimizer the optimiser over the policy's weights
     * @param settings the hyperparameters
     */
    public GrpoTrainer(CausalLm policy, CausalLm reference, AdamW optimizer, GrpoSettings settings) {
        this.policy = policy;
        this.reference = reference;
        this.optimizer = optimizer;
        this.settings = settings;
    }

    /** Running sums over one step. */
    private static final class Sums {
        double loss;
        double kl;
        double entropy;
        long clipped;
    }

    /**
     * @param items the sequences (completion tokens carry loss)
     * @param zeroSignalGroups groups left out because their rewards were all equal (reported only)
     * @return the step's statistics
     */
    public UpdateStats step(List<TrainBatch.Item> items, int zeroSignalGroups) {
        long total = items.stream().mapToLong(i -> i.lossAt().length).sum();
        if (total == 0) {
            return new UpdateStats(0, 0, 0, 0, 0, 0, zeroSignalGroups);
        }
        return DjlRuntime.call(() -> {
            synchronized (COLLECTOR_LOCK) {
                return locked(items, total, zeroSignalGroups);
            }
        });
    }

    private UpdateStats locked(List<TrainBatch.Item> items, long total, int zeroSignalGroups) {
        Map<String, NDArray> params = policy.weights().all();
        params.values().forEach(p -> p.setRequiresGradient(true));
        Sums sums = new Sums();
        double norm;
        try (NDScope scope = new NDScope()) {
            try (GradientCollector gc = Engine.getEngine(DjlRuntime.ENGINE).newGradientCollector()) {
                for (List<TrainBatch.Item> chunk : chunks(items)) {
                    chunk(gc, TrainBatch.of(chunk), total, sums);
                }
            }
            Map<String, NDArray> grads = new LinkedHashMap<>();
            params.forEach((name, p) -> grads.put(name, p.getGradient()));
            params.values().forEach(p -> p.setRequiresGradient(false));
            norm = globalNorm(grads);
            if (Double.isFinite(norm)) {
                double scale = Math.min(1.0, settings.maxGradNorm() / (norm + 1e-6));
                optimizer.step(params, grads, scale, settings);
            }
            params.values().forEach(p -> JniUtils.zeroGrad((PtNDArray) p));
        }
        return new UpdateStats(sums.loss / total, sums.kl / total, sums.entropy / total,
                (double) sums.clipped / total, norm, total, zeroSignalGroups);
    }

    /**
     * Cuts the sequences into chunks of at most {@code microBatchTokens} padded tokens, keeping together the rows that
     * share the longest prefix (the rollouts of one GRPO group share their prompt): {@link TrainBatch} runs a shared
     * prefix once, so a group in one chunk costs its prompt once instead of once per rollout. A row that would
     * shorten the chunk's shared prefix starts a new chunk.
     */
    private List<List<TrainBatch.Item>> chunks(List<TrainBatch.Item> items) {
        List<List<TrainBatch.Item>> out = new ArrayList<>();
        List<TrainBatch.Item> cur = new ArrayList<>();
        int longest = 0;
        int shared = Integer.MAX_VALUE;
        for (TrainBatch.Item it : items) {
            int len = it.tokens().length;
            int newLongest = Math.max(longest, len);
            int common = cur.isEmpty() ? Integer.MAX_VALUE : common(cur.get(0), it);
            boolean full = (long) newLongest * (cur.size() + 1) > settings.microBatchTokens();
            if (!cur.isEmpty() && (full || cur.size() > 1 && common < shared)) {
                out.add(cur);
                cur = new ArrayList<>();
                newLongest = len;
                common = Integer.MAX_VALUE;
            }
            shared = Math.min(cur.isEmpty() ? Integer.MAX_VALUE : shared, common);
            cur.add(it);
            longest = newLongest;
        }
        if (!cur.isEmpty()) {
            out.add(cur);
        }
        return out;
    }

    /** The length of the common token prefix of two sequences. */
    private static int common(TrainBatch.Item a, TrainBatch.Item b) {
        int n = Math.min(a.tokens().length, b.tokens().length);
        int i = java.util.Arrays.mismatch(a.tokens(), 0, n, b.tokens(), 0, n);
        return i < 0 ? n : i;
    }

    private void chunk(GradientCollector gc, TrainBatch b, long total, Sums sums) {
        // The caches hold the shared prefix's keys and values, part of the graph: closed only after backward.
        try (NDManager m = policy.weights().manager().newSubManager(); NDScope scope = new NDScope();
             KvCache policyCache = new KvCache(policy.config().layers());
             KvCache refCache = new KvCache(reference.config().layers())) {
            NDArray select = m.create(b.select());
            NDArray targets = m.create(b.targets()).reshape(b.select().length, 1);
            NDArray bias = maskBias(m, b, policy.config().vocabSize());
            NDArray[] policyOut = tokenLogProbs(policy, m, b, select, targets, policyCache, bias);
            NDArray ref = tokenLogProbs(reference, m, b, select, targets, refCache, bias)[0].stopGradient();
            NDArray old = m.create(b.old());
            NDArray adv = m.create(b.adv());
            NDArray[] terms = TokenLoss.terms(policyOut[0], old, adv, ref, policyOut[1], settings);
            gc.backward(terms[0].sum().div((float) total));
            float[] loss = terms[0].toFloatArray();
            float[] kl = terms[2].toFloatArray();
            float[] ent = policyOut[1].toFloatArray();
            float[] logp = policyOut[0].toFloatArray();
            for (int i = 0; i < loss.length; i++) {
                sums.loss += loss[i];
                sums.kl += kl[i];
                sums.entropy += ent[i];
                if (GrpoMath.clipped(logp[i], b.old()[i], b.adv()[i], settings)) {
                    sums.clipped++;
                }
            }
        }
    }

    /**
     * Log-probabilities of the selected targets and the entropies at those positions. When the rows share a prefix,
     * it runs once and its keys and values are repeated for every row (still in the graph, so its gradient is the
     * sum over the rows, as in separate passes): the rows then cost only their own tokens.
     *
     * @param cache an empty cache for the shared prefix; the caller closes it after the backward pass
     * @return {logp (N), entropy (N)}
     */
    static NDArray[] tokenLogProbs(CausalLm model, NDManager m, TrainBatch b, NDArray select, NDArray targets,
                                   KvCache cache) {
        return tokenLogProbs(model, m, b, select, targets, cache, maskBias(m, b, model.config().vocabSize()));
    }

    /**
     * The additive mask of the grammar each selected token was drawn under: 0 where allowed, {@link CausalLm#MASKED}
     * elsewhere, so the log-softmax renormalises over the allowed ids exactly as sampling did.
     *
     * @return (N, V), or null when no token was sampled under a grammar
     */
    static NDArray maskBias(NDManager m, TrainBatch b, int vocab) {
        if (b.masks() == null) {
            return null;
        }
        float[] bias = new float[b.masks().length * vocab];
        for (int k = 0; k < b.masks().length; k++) {
            java.util.BitSet allowed = b.masks()[k];
            if (allowed != null) {
                for (int v = allowed.nextClearBit(0); v < vocab; v = allowed.nextClearBit(v + 1)) {
                    bias[k * vocab + v] = CausalLm.MASKED;
                }
            }
        }
        return m.create(bias, new Shape(b.masks().length, vocab));
    }

    /** As above, with the grammar's additive mask (null: none). */
    @SuppressWarnings("checkstyle:ParameterNumber")
    static NDArray[] tokenLogProbs(CausalLm model, NDManager m, TrainBatch b, NDArray select, NDArray targets,
                                   KvCache cache, NDArray bias) {
        int p = b.prefix();
        NDArray hidden;
        NDArray at = select;
        if (p == 0) {
            hidden = model.hidden(m, b.ids(), b.positions(), null, null);
        } else {
            long[][] head = {java.util.Arrays.copyOf(b.ids()[0], p)};
            long[][] headPos = {java.util.Arrays.copyOf(b.positions()[0], p)};
            model.hidden(m, head, headPos, null, cache);
            cache.expand(b.ids().length);
            hidden = model.hidden(m, tails(b.ids(), p), tails(b.positions(), p), null, cache);
            at = m.create(tailIndices(b.select(), b.length(), p));
        }
        Shape s = hidden.getShape();
        NDArray flat = hidden.reshape(s.get(0) * s.get(1), s.get(2));
        NDArray picked = Embedding.embedding(at, flat, SparseFormat.DENSE).singletonOrThrow();
        NDArray logits = model.logits(picked);
        NDArray logpAll = (bias == null ? logits : logits.add(bias)).logSoftmax(-1);
        NDArray logp = logpAll.gather(targets, 1).reshape(-1);
        NDArray entropy = logpAll.exp().mul(logpAll).sum(new int[] {-1}).neg();
        return new NDArray[] {logp, entropy};
    }

    private static long[][] tails(long[][] rows, int from) {
        long[][] out = new long[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = java.util.Arrays.copyOfRange(rows[i], from, rows[i].length);
        }
        return out;
    }

    /** Flat indices b·T + t into the rows without their first {@code from} positions. */
    private static long[] tailIndices(long[] select, int t, int from) {
        long[] out = new long[select.length];
        for (int i = 0; i < select.length; i++) {
            long b = select[i] / t;
            out[i] = b * (t - from) + select[i] % t - from;
        }
        return out;
    }

    private static double globalNorm(Map<String, NDArray> grads) {
        double sq = 0;
        for (NDArray g : grads.values()) {
            sq += g.square().sum().getFloat();
        }
        return Math.sqrt(sq);
    }
}
