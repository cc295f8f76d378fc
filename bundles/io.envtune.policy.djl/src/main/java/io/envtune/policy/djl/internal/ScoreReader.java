package io.envtune.policy.djl.internal;

import ai.djl.ndarray.NDArray;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;

/**
 * Turns a step's logits into each row's {@link Sampler.Scores}: the sampling distribution (softmax at the sampler's
 * temperature) and the model's own log-probabilities are computed by the engine (vectorised, on every core it has)
 * rather than per token in Java; at temperature 1 only the softmax is computed and moved (the picked token's
 * log-probability is the log of its probability); greedy moves the raw logits and their log-softmax. Rows are copied
 * straight from the engine's memory into arrays reused from step to step, since a fresh vocabulary-sized array per
 * row and step was a measurable share of a decoding step (page clearing). One reader per generation call; the
 * arrays of a result are valid until the next {@link #read}.
 */
final class ScoreReader {

    private final Sampler sampler;
    private float[][] raw;
    private float[][] probs;
    private float[][] logProbs;

    /**
     * @param sampler the temperature
     */
    ScoreReader(Sampler sampler) {
        this.sampler = sampler;
    }

    /**
     * @param logits (rows, …, V)
     * @param repeat how many sample rows each row stands for (they share its arrays, which are read-only)
     * @return the scores of each sample row
     */
    Sampler.Scores[] read(NDArray logits, int repeat) {
        double t = sampler.temperature();
        int rows = Math.toIntExact(logits.getShape().get(0));
        boolean greedy = t <= 0;
        if (greedy) {
            raw = copy(logits, rows, raw);
            logProbs = copy(logits.logSoftmax(-1), rows, logProbs);
        } else {
            probs = copy((t == 1.0 ? logits : logits.div((float) t)).softmax(-1), rows, probs);
            if (t != 1.0) {
                logProbs = copy(logits.logSoftmax(-1), rows, logProbs);
            }
        }
        Sampler.Scores[] out = new Sampler.Scores[rows * repeat];
        for (int r = 0; r < out.length; r++) {
            int i = r / repeat;
            out[r] = new Sampler.Scores(greedy ? raw[i] : null, greedy ? null : probs[i],
                    greedy || t != 1.0 ? logProbs[i] : null);
        }
        return out;
    }

    /** Copies each row of a (rows, …, V) float32 array into reusable row arrays (reallocated if the shape grew). */
    private static float[][] copy(NDArray a, int rows, float[][] into) {
        int v = Math.toIntExact(a.size() / rows);
        float[][] dst = into != null && into.length >= rows && into[0].length == v ? into : new float[rows][v];
        FloatBuffer src = a.toByteBuffer(true).order(ByteOrder.nativeOrder()).asFloatBuffer();
        for (int r = 0; r < rows; r++) {
            src.get(r * v, dst[r], 0, v);
        }
        return dst;
    }
}
