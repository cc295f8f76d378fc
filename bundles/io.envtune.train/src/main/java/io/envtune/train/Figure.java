package io.envtune.train;

/**
 * One measured share with its standard error and the number of units it counts (episodes for success and progress,
 * turns for the turn accuracies, responses for format validity). The standard error treats tasks as the sampled
 * unit (cluster-robust): the samples and turns of one task are not independent, so counting them as independent
 * would understate the uncertainty.
 *
 * @param value the share, NaN when nothing was counted
 * @param se its standard error over tasks, NaN with fewer than two tasks
 * @param n the units counted
 */
public record Figure(double value, double se, long n) {

    /** Nothing measured. */
    public static final Figure NONE = new Figure(Double.NaN, Double.NaN, 0);

    /**
     * The ratio Σy / Σx over tasks, with the delta-method (ratio-estimator) standard error over tasks:
     * se² = Σ (y_i − R·x_i)² / (k (k − 1) x̄²), k the number of tasks with x_i &gt; 0.
     *
     * @param y per task, the units that passed (or the summed per-episode values)
     * @param x per task, the units counted; same length as {@code y}
     * @return the figure
     */
    public static Figure ratio(double[] y, double[] x) {
        double sy = 0;
        double sx = 0;
        int k = 0;
        for (int i = 0; i < x.length; i++) {
            sy += y[i];
            sx += x[i];
            k += x[i] > 0 ? 1 : 0;
        }
        if (sx == 0) {
            return NONE;
        }
        double r = sy / sx;
        if (k < 2) {
            return new Figure(r, Double.NaN, Math.round(sx));
        }
        double mean = sx / k;
        double ss = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] > 0) {
                double d = y[i] - r * x[i];
                ss += d * d;
            }
        }
        return new Figure(r, Math.sqrt(ss / ((double) k * (k - 1))) / mean, Math.round(sx));
    }

    /** @return e.g. {@code 0.213 ± 0.041}, or {@code -} when nothing was counted */
    @Override
    public String toString() {
        if (n == 0) {
            return "-";
        }
        return Double.isNaN(se) ? String.format("%.3f", value) : String.format("%.3f ± %.3f", value, se);
    }
}
