package io.envtune.policy.djl.internal;

import static org.junit.Assert.assertArrayEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.Test;

/**
 * Top-k / top-p cuts against the definition: rank by weight (ties: lower id first), keep while within k and p; and
 * greedy picking under a token filter.
 */
public class SamplerTest {

    /** The definition, written the slow and obvious way. */
    private static double[] reference(double[] weights, int topK, double topP) {
        double[] w = weights.clone();
        double sum = Arrays.stream(w).sum();
        Integer[] order = new Integer[w.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(w[b], w[a])); // stable: equal weights keep id order
        double limit = topP < 1 ? topP * sum : Double.POSITIVE_INFINITY; // top-p 1 is off, as in transformers
        double cum = 0;
        for (int r = 0; r < order.length; r++) {
            int i = order[r];
            boolean keep = (topK <= 0 || r < topK) && (r == 0 || cum < limit);
            cum += w[i];
            if (!keep) {
                w[i] = 0;
            }
        }
        return w;
    }

    @Test
    public void cutsEqualTheDefinitionIncludingTiesAndEdgeCases() {
        SplittableRandom rng = new SplittableRandom(5);
        for (int trial = 0; trial < 3000; trial++) {
            int n = 1 + rng.nextInt(trial < 1500 ? 12 : 3000);
            double[] w = new double[n];
            int levels = 1 + rng.nextInt(6); // few distinct values: many ties
            double spread = 1 + rng.nextInt(30); // softmax-like weights spanning many binary exponents
            for (int i = 0; i < n; i++) {
                w[i] = switch (trial % 3) {
                    case 0 -> rng.nextInt(4) == 0 ? 0 : rng.nextBoolean() ? 1 + rng.nextInt(levels) : rng.nextDouble();
                    case 1 -> Math.exp(spread * rng.nextGaussian());
                    default -> rng.nextInt(5) == 0 ? Double.MIN_VALUE * (1 + rng.nextInt(3)) : Math.exp(-rng.nextInt(700));
                };
            }
            int topK = rng.nextInt(3) == 0 ? 0 : 1 + rng.nextInt(n + 2);
            double topP = rng.nextInt(3) == 0 ? 1.0 : rng.nextDouble();
            double[] got = w.clone();
            new Sampler(1.0, topP, topK).cut(got, Arrays.stream(w).sum());
            assertArrayEquals("trial " + trial + " k=" + topK + " p=" + topP, reference(w, topK, topP), got, 0.0);
        }
    }

    /** Greedy with a filter (constrained greedy): the best allowed token, the lowest id among equal logits. */
    @Test
    public void greedyWithAFilterTakesTheBestAllowedTokenLowestIdOnTies() {
        SplittableRandom rng = new SplittableRandom(8);
        Sampler greedy = new Sampler(0, 1, 0);
        for (int trial = 0; trial < 500; trial++) {
            int n = 2 + rng.nextInt(trial < 250 ? 10 : 5000);
            float[] logits = new float[n];
            boolean[] ok = new boolean[n];
            for (int i = 0; i < n; i++) {
                logits[i] = rng.nextBoolean() ? rng.nextInt(4) - 40f : (float) (rng.nextGaussian() * 5);
                ok[i] = rng.nextInt(trial % 2 == 0 ? 2 : 50) == 0;
            }
            ok[rng.nextInt(n)] = true;
            int expected = -1;
            for (int i = 0; i < n; i++) {
                if (ok[i] && (expected < 0 || logits[i] > logits[expected])) {
                    expected = i;
                }
            }
            int got = greedy.pick(logits, null, new SplittableRandom(1), i -> ok[i]);
            org.junit.Assert.assertEquals("trial " + trial, expected, got);
        }
    }
}
