package io.envtune.policy.djl.internal;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import io.envtune.policy.djl.GrpoSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Supervised next-token training of a model folder: the mean cross-entropy of the selected (assistant) tokens of a
 * step's sequences, forward in token-budgeted chunks with gradient accumulation (rows sharing a prefix run it once, as
 * in the GRPO update: {@link GrpoTrainer#tokenLogProbs}), global-norm clipping, then {@link AdamW}. Checkpoints are a
 * complete Hugging Face folder plus the optimiser state, every file written atomically. Not thread-safe.
 */
public final class SftTrainer implements AutoCloseable {

    /** Metadata key of the step count in both checkpoint files (the optimiser's, as {@code DjlPolicy} reads it). */
    static final String STEPS = "envtune_steps";

    private final Path modelDir;
    private final ModelConfig config;
    private final Weights weights;
    private final CausalLm model;
    private final AdamW optimizer;

    /**
     * @param modelDir the model folder to start from
     * @param device {@code cpu}, {@code gpu} or {@code gpuN}
     */
    public SftTrainer(Path modelDir, String device) {
        DjlRuntime.initEngine();
        this.modelDir = modelDir;
        this.config = ModelConfig.parse(Checkpoints.readText(modelDir.resolve("config.json")));
        Device d = DjlRuntime.call(() -> Device.fromName(device));
        this.weights = Weights.fromHost(config, Weights.readFolder(modelDir), d);
        this.model = new CausalLm(config, weights);
        this.optimizer = new AdamW(weights);
    }

    /**
     * One step's figures.
     *
     * @param loss the mean cross-entropy (nats) of the step's trained tokens, before the update
     * @param tokens the trained tokens
     * @param gradNorm the global gradient norm before clipping
     */
    public record Stats(double loss, long tokens, double gradNorm) {
    }

    /**
     * One optimiser step.
     *
     * @param items the sequences (selected tokens carry loss)
     * @param settings learning rate, clipping, AdamW and the chunk token budget
     * @return the step's figures
     */
    public Stats step(List<TrainBatch.Item> items, GrpoSettings settings) {
        long total = items.stream().mapToLong(i -> i.lossAt().length).sum();
        if (total == 0) {
            throw new IllegalArgumentException("a step needs at least one trained token");
        }
        return DjlRuntime.call(() -> locked(sorted(items), total, settings));
    }

    private Stats locked(List<TrainBatch.Item> items, long total, GrpoSettings settings) {
        Map<String, NDArray> params = weights.all();
        params.values().forEach(p -> p.setRequiresGradient(true));
        double loss = 0;
        double norm;
        try (NDScope scope = new NDScope()) {
            try (GradientCollector gc = Engine.getEngine(DjlRuntime.ENGINE).newGradientCollector()) {
                for (List<TrainBatch.Item> chunk : chunks(items, settings.microBatchTokens())) {
                    loss += chunk(gc, TrainBatch.of(chunk), total);
                }
            }
            Map<String, NDArray> grads = new LinkedHashMap<>();
            params.forEach((name, p) -> grads.put(name, p.getGradient()));
            params.values().forEach(p -> p.setRequiresGradient(false));
            norm = globalNorm(grads);
            if (Double.isFinite(norm)) {
                optimizer.step(params, grads, Math.min(1.0, settings.maxGradNorm() / (norm + 1e-6)), settings);
            }
            params.values().forEach(p -> JniUtils.zeroGrad((PtNDArray) p));
        }
        return new Stats(loss / total, total, norm);
    }

    /** Sequences in token order, so rows that share a system prompt meet in one chunk and run it once. */
    private static List<TrainBatch.Item> sorted(List<TrainBatch.Item> items) {
        List<TrainBatch.Item> out = new ArrayList<>(items);
        out.sort((a, b) -> Arrays.compare(a.tokens(), b.tokens()));
        return out;
    }

    /** @return the chunk's summed cross-entropy */
    private double chunk(GradientCollector gc, TrainBatch b, long total) {
        try (NDManager m = weights.manager().newSubManager(); NDScope scope = new NDScope();
             KvCache cache = new KvCache(config.layers())) {
            NDArray select = m.create(b.select());
            NDArray targets = m.create(b.targets()).reshape(b.select().length, 1);
            NDArray nll = GrpoTrainer.tokenLogProbs(model, m, b, select, targets, cache)[0].neg().sum();
            gc.backward(nll.div((float) total));
            return nll.getFloat();
        }
    }

    /**
     * Groups sorted sequences so that each group's cost stays within the budget (a longer one goes alone). The cost
     * counts a prefix every row shares once, as the forward pass runs it: shared prefix + rows x (longest - prefix).
     */
    static List<List<TrainBatch.Item>> chunks(List<TrainBatch.Item> items, int budget) {
        List<List<TrainBatch.Item>> out = new ArrayList<>();
        List<TrainBatch.Item> cur = new ArrayList<>();
        int longest = 0;
        int prefix = 0;
        for (TrainBatch.Item it : items) {
            int len = Math.max(longest, it.tokens().length);
            int p = cur.isEmpty() ? it.lossAt()[0] - 1 : Math.min(prefix, common(cur.get(0), it));
            if (!cur.isEmpty() && p + (long) (len - p) * (cur.size() + 1) > budget) {
                out.add(cur);
                cur = new ArrayList<>();
                len = it.tokens().length;
                p = it.lossAt()[0] - 1;
            }
            cur.add(it);
            longest = len;
            prefix = p;
        }
        if (!cur.isEmpty()) {
            out.add(cur);
        }
        return out;
    }

    /** The shared prefix of two sequences, ending before either's first trained position. */
    private static int common(TrainBatch.Item a, TrainBatch.Item b) {
        int limit = Math.min(a.lossAt()[0], b.lossAt()[0]) - 1;
        int n = 0;
        while (n < limit && a.tokens()[n] == b.tokens()[n]) {
            n++;
        }
        return n;
    }

    private static double globalNorm(Map<String, NDArray> grads) {
        double sq = 0;
        for (NDArray g : grads.values()) {
            // in double: a float sum of squares overflows to infinity long before the gradient is non-finite
            sq += g.toType(ai.djl.ndarray.types.DataType.FLOAT64, false).square().sum().getDouble();
        }
        return Math.sqrt(sq);
    }

    /** @return optimiser steps taken (restored ones included) */
    public long steps() {
        return optimizer.steps();
    }

    /** @return the architecture */
    public ModelConfig config() {
        return config;
    }

    /** @return the model (evaluation, tests) */
    CausalLm model() {
        return model;
    }

    /**
     * Writes a checkpoint: the model's configuration and tokenizer files, {@code optimizer.safetensors}, then
     * {@code model.safetensors}, each atomically; both safetensors carry the step count and the given metadata.
     *
     * @param out the folder (loadable as a model folder afterwards)
     * @param metadata extra string metadata (the run's settings, for resume checks)
     */
    public void save(Path out, Map<String, String> metadata) {
        Map<String, String> meta = new LinkedHashMap<>(metadata);
        meta.put("format", "pt");
        meta.put(STEPS, Long.toString(optimizer.steps()));
        Checkpoints.copyModelFiles(modelDir, out);
        SafeTensors.write(out.resolve(Checkpoints.OPTIMIZER), optimizer.state(), meta);
        SafeTensors.write(out.resolve(Weights.SINGLE), weights.toHost(), meta);
    }

    /**
     * Restores weights and optimiser state from a checkpoint written by {@link #save}.
     *
     * @param dir the checkpoint folder
     * @return the metadata of its model file
     * @throws IllegalArgumentException when the optimiser state is missing or its step differs from the model's
     *         (an interrupted save)
     */
    public Map<String, String> restore(Path dir) {
        Path opt = dir.resolve(Checkpoints.OPTIMIZER);
        if (!Files.isRegularFile(opt)) {
            throw new IllegalArgumentException("cannot resume from " + dir + ": no " + Checkpoints.OPTIMIZER);
        }
        SafeTensors.Contents model = SafeTensors.read(dir.resolve(Weights.SINGLE));
        SafeTensors.Contents state = SafeTensors.read(opt);
        String steps = model.metadata().get(STEPS);
        if (steps == null || !steps.equals(state.metadata().get(STEPS))) {
            throw new IllegalArgumentException("cannot resume from " + dir + ": model step " + steps
                    + " and optimizer step " + state.metadata().get(STEPS) + " differ (an interrupted save?)");
        }
        weights.assign(model.tensors());
        optimizer.restore(state.tensors(), Long.parseLong(steps));
        return model.metadata();
    }

    @Override
    public void close() {
        optimizer.close();
        weights.close();
    }
}
