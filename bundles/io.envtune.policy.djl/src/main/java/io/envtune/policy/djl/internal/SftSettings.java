package io.envtune.policy.djl.internal;

import io.envtune.policy.djl.GrpoSettings;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The warm start's settings.
 *
 * @param steps optimiser steps in all (a resumed run continues to this count)
 * @param learningRate the peak AdamW learning rate: a linear warm-up over the first tenth of the steps (at most 100),
 *                     then a cosine decay to a tenth of it
 * @param seed the data-order seed: episodes are shuffled per epoch by (seed, epoch)
 * @param batch episodes per step
 * @param saveEvery steps between checkpoints (the last step always saves)
 * @param microBatchTokens padded tokens per forward/backward chunk (gradients accumulate over chunks)
 */
public record SftSettings(int steps, double learningRate, long seed, int batch, int saveEvery,
                          int microBatchTokens) {

    /** Checks the ranges. */
    public SftSettings {
        if (steps < 1 || batch < 1 || saveEvery < 1 || microBatchTokens < 1) {
            throw new IllegalArgumentException("--steps, --batch and --save-every must be >= 1");
        }
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("--lr must be a positive number, was " + learningRate);
        }
    }

    /**
     * @param step a step index from 0
     * @return the learning rate of that step
     */
    public double learningRate(int step) {
        int warmup = Math.max(1, Math.min(100, steps / 10));
        if (step < warmup) {
            return learningRate * (step + 1) / warmup;
        }
        double progress = (double) (step - warmup) / Math.max(1, steps - warmup);
        return learningRate * (0.1 + 0.9 * 0.5 * (1 + Math.cos(Math.PI * Math.min(1.0, progress))));
    }

    /**
     * @param step a step index from 0
     * @return the optimiser settings of that step (gradient clip 1.0, weight decay 0.01, no KL or entropy terms)
     */
    public GrpoSettings optimizer(int step) {
        GrpoSettings d = GrpoSettings.defaults();
        return new GrpoSettings(learningRate(step), d.epsLow(), d.epsHigh(), d.dualClip(), 0, 0, d.maxGradNorm(),
                d.weightDecay(), d.beta1(), d.beta2(), d.adamEps(), microBatchTokens);
    }

    /** @return what a resumed run must agree on, as checkpoint metadata */
    public Map<String, String> metadata() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("sft_steps", Integer.toString(steps));
        m.put("sft_lr", Double.toString(learningRate));
        m.put("sft_seed", Long.toString(seed));
        m.put("sft_batch", Integer.toString(batch));
        return m;
    }
}
