package io.envtune.policy.djl.internal;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;

/**
 * Picks the next token of one sequence from its logits: temperature (0 = greedy), top-k, top-p, and an optional
 * token filter (the grammar mask). Sampling from the filtered distribution is done by rejection (draw, test, zero
 * out, redraw), which equals sampling from the renormalised masked distribution but tests only a few tokens; after
 * a few rejections every remaining candidate is tested at once.
 */
public final class Sampler {

    private static final int QUICK_TRIES = 48;

    /**
     * One row's next-token scores.
     *
     * @param logits the raw logits, for greedy picking (arg max must see them unrounded); null when sampling
     * @param probs the softmax of logits / temperature, computed by the engine; null when greedy
     * @param logProbs the model's own log-probabilities (temperature 1), or null when {@code probs} are at
     *                 temperature 1 (then the log of the picked token's probability is recorded)
     */
    public record Scores(float[] logits, float[] probs, float[] logProbs) {

        /**
         * @param token a token
         * @return its log-probability under the model's own distribution, recorded for the trainer
         */
        public float logProb(int token) {
            return logProbs != null ? logProbs[token] : (float) Math.log(probs[token]);
        }

        /**
         * @param token a token
         * @return its probability under the model's own distribution (temperature 1)
         */
        public double prob(int token) {
            return logProbs != null ? Math.exp(logProbs[token]) : probs[token];
        }

        /** @return the vocabulary width of these scores */
        public int width() {
            return logProbs != null ? logProbs.length : probs != null ? probs.length : logits.length;
        }
    }

    private final double temperature;
    private final double topP;
    private final int topK;

    /**
     * @param temperature softmax temperature; 0 or less means greedy
     * @param topP nucleus mass (1 = off)
     * @param topK top-k cut (0 = off)
     */
    public Sampler(double temperature, double topP, int topK) {
        this.temperature = temperature;
        this.topP = topP;
        this.topK = topK;
    }

    /**
     * @param logits the next-token logits (may be null when probs are given and not greedy)
     * @param probs the softmax of logits / temperature if already computed (by the engine), else null
     * @param rng the sequence's random source
     * @param allowed the token filter, or null
     * @return the token, or -1 when the filter allows nothing
     */
    public int pick(float[] logits, float[] probs, SplittableRandom rng, IntPredicate allowed) {
        if (greedy() && allowed == null) {
            return argmax(logits);
        }
        if (allowed == null && probs != null && !cuts(probs.length)) {
            return drawDirect(probs, rng);
        }
        double[] w = weights(logits, probs);
        int t = tryQuick(w, rng, allowed);
        if (t >= 0 || allowed == null) {
            return t;
        }
        for (int i = 0; i < w.length; i++) {
            if (w[i] > 0 && !allowed.test(i)) {
                w[i] = 0;
            }
        }
        t = draw(w, rng);
        if (t >= 0) {
            return t;
        }
        // the cuts removed every allowed token: fall back to the whole distribution restricted to the filter
        double[] all = probs != null ? new Sampler(temperature, 1.0, 0).weights(null, probs)
                : new Sampler(Math.max(temperature, 1e-3), 1.0, 0).weights(logits, null);
        for (int i = 0; i < all.length; i++) {
            if (all[i] > 0 && !allowed.test(i)) {
                all[i] = 0;
            }
        }
        return draw(all, rng);
    }

    private boolean cuts(int vocab) {
        return (topK > 0 && topK < vocab) || topP < 1.0;
    }

    /** The common case (no filter, no cuts) straight from the engine's probabilities: no copy, one scan. */
    private static int drawDirect(float[] probs, SplittableRandom rng) {
        double total = 0;
        for (float p : probs) {
            total += p;
        }
        double u = rng.nextDouble() * total;
        int last = -1;
        for (int i = 0; i < probs.length; i++) {
            if (probs[i] > 0) {
                last = i;
                u -= probs[i];
                if (u < 0) {
                    return i;
                }
            }
        }
        return last;
    }

    private int tryQuick(double[] w, SplittableRandom rng, IntPredicate allowed) {
        for (int tries = 0; tries < QUICK_TRIES; tries++) {
            int t = draw(w, rng);
            if (t < 0 || allowed == null || allowed.test(t)) {
                return t;
            }
            w[t] = 0;
        }
        return -1;
    }

    /**
     * Unnormalised probabilities after temperature and cuts (greedy: weights by rank).
     *
     * @param logits the logits (may be null when probs are given and not greedy)
     * @param probs the softmax of logits / temperature when the engine computed it, else null
     */
    double[] weights(float[] logits, float[] probs) {
        int v = probs != null ? probs.length : logits.length;
        double[] w = new double[v];
        if (temperature <= 0) {
            // greedy: draw() takes the largest positive weight (lowest id on ties), so any positive weights in logit
            // order make rejection walk down the ranking; no sort needed
            double min = Double.POSITIVE_INFINITY;
            for (float l : logits) {
                min = Math.min(min, l);
            }
            for (int i = 0; i < v; i++) {
                w[i] = logits[i] - min + 1.0;
            }
            return w;
        }
        double sum = probs != null ? copy(probs, w) : exp(logits, w);
        if (cuts(v)) {
            cut(w, sum);
        }
        return w;
    }

    private static double copy(float[] probs, double[] w) {
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = probs[i];
            sum += w[i];
        }
        return sum;
    }

    private double exp(float[] logits, double[] w) {
        double max = Double.NEGATIVE_INFINITY;
        for (float l : logits) {
            max = Math.max(max, l);
        }
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.exp((logits[i] - max) / temperature);
            sum += w[i];
        }
        return sum;
    }

    /** @return the temperature (0 or less: greedy) */
    double temperature() {
        return temperature;
    }

    /**
     * Zeroes every token outside the top-k and the top-p nucleus, ranked by weight with ties broken by the lower id.
     * Only the candidates are sorted: one pass buckets the weights by binary exponent, and the highest buckets that
     * hold k tokens or the nucleus mass (plus one bucket of margin against summation order) are the only ones the
     * cut can keep. Why: sorting 32000 boxed indices per row and step took ~7 ms, more than a decoding step.
     */
    void cut(double[] w, double sum) {
        double limit = topP < 1.0 ? topP * sum : Double.POSITIVE_INFINITY;
        double floor = candidateFloor(w, limit);
        int m = 0;
        for (double x : w) {
            m += x >= floor ? 1 : 0;
        }
        double[] ranked = new double[m];
        m = 0;
        for (double x : w) {
            if (x >= floor) {
                ranked[m++] = x;
            }
        }
        Arrays.sort(ranked); // ascending: rank r is ranked[m - 1 - r]
        int kept = 0;
        double cum = 0;
        while (kept < m && (topK <= 0 || kept < topK) && (kept == 0 || cum < limit)) {
            cum += ranked[m - 1 - kept];
            kept++;
        }
        zeroBelow(w, ranked[m - kept], kept);
    }

    /** The smallest weight the cut may keep: the lower edge of the deciding exponent bucket, one bucket lower. */
    private double candidateFloor(double[] w, double limit) {
        double[] mass = new double[2048];
        int[] count = new int[2048];
        for (double x : w) {
            if (x > 0) {
                int b = Math.getExponent(x) + 1023;
                mass[b] += x;
                count[b]++;
            }
        }
        double cum = 0;
        int n = 0;
        for (int b = mass.length - 1; b > 0; b--) {
            cum += mass[b];
            n += count[b];
            if (n > 0 && ((topK > 0 && n >= topK) || cum >= limit)) {
                return b - 1 > 0 ? Math.scalb(1.0, b - 1 - 1023) : 0;
            }
        }
        return 0; // the cut may reach the smallest weights: everything is a candidate
    }

    /** Keeps the tokens above {@code last} and, of those equal to it, the lowest ids up to {@code kept} in all. */
    private static void zeroBelow(double[] w, double last, int kept) {
        int above = 0;
        for (double x : w) {
            above += x > last ? 1 : 0;
        }
        int ties = kept - above;
        for (int i = 0; i < w.length; i++) {
            if (w[i] > last) {
                continue;
            }
            if (w[i] == last && ties > 0) {
                ties--;
                continue;
            }
            w[i] = 0;
        }
    }

    /** The first maximum, as {@code torch.argmax}; without ranking the whole vocabulary (152k ids for Qwen). */
    private static int argmax(float[] logits) {
        int best = 0;
        for (int i = 1; i < logits.length; i++) {
            if (logits[i] > logits[best]) {
                best = i;
            }
        }
        return best;
    }

    private boolean greedy() {
        return temperature <= 0;
    }

    private int draw(double[] w, SplittableRandom rng) {
        if (greedy()) {
            int best = -1;
            for (int i = 0; i < w.length; i++) {
                if (w[i] > 0 && (best < 0 || w[i] > w[best])) {
                    best = i;
                }
            }
            return best;
        }
        double total = 0;
        for (double x : w) {
            total += x;
        }
        if (total <= 0) {
            return -1;
        }
        double u = rng.nextDouble() * total;
        int last = -1;
        for (int i = 0; i < w.length; i++) {
            if (w[i] > 0) {
                last = i;
                u -= w[i];
                if (u < 0) {
                    return i;
                }
            }
        }
        return last;
    }
}
