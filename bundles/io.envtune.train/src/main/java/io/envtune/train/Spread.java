package io.envtune.train;

/**
 * Mean and spread of one figure over the seeds of an ablation variant.
 *
 * @param mean the mean
 * @param std the population standard deviation
 * @param min the smallest value
 * @param max the largest value
 */
public record Spread(double mean, double std, double min, double max) {

    /**
     * @param values one value per seed (at least one)
     * @return their spread
     */
    public static Spread of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("a spread needs at least one value");
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return new Spread(Stats.mean(values), Stats.std(values), min, max);
    }

    /** @return e.g. {@code 0.213 ± 0.041} */
    @Override
    public String toString() {
        return String.format("%.3f ± %.3f", mean, std);
    }
}
