package io.envtune.report.internal;

/**
 * One figure with its standard error and count, as {@code state.json} stores it (the training loop's {@code Figure}).
 *
 * @param value the share, or NaN
 * @param se its standard error over tasks, or NaN
 * @param n the units counted
 */
public record FigureData(double value, double se, long n) {

    /** Nothing measured. */
    static final FigureData NONE = new FigureData(Double.NaN, Double.NaN, 0);

    /** @param f a figure or null @return it, or {@link #NONE} */
    static FigureData of(FigureData f) {
        return f == null ? NONE : f;
    }
}
