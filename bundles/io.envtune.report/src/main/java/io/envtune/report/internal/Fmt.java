package io.envtune.report.internal;

import java.util.Locale;

/** Number formatting shared by the HTML and the text forms; locale-independent so reports compare byte for byte. */
final class Fmt {

    /** What a value that was not measured (NaN) prints as. */
    static final String NONE = "-";

    private Fmt() {
    }

    static String num(double v) {
        return Double.isNaN(v) ? NONE : String.format(Locale.ROOT, "%.3f", v);
    }

    /** @return e.g. {@code 0.213 ± 0.041}, the value alone when the error is unknown */
    static String withSe(double v, double se) {
        return Double.isNaN(v) || Double.isNaN(se) ? num(v) : num(v) + " ± " + num(se);
    }

    static String share(long part, long whole) {
        return whole == 0 ? NONE : String.format(Locale.ROOT, "%.0f%%", 100.0 * part / whole);
    }

    static String duration(double seconds) {
        if (Double.isNaN(seconds)) {
            return NONE;
        }
        long s = Math.round(seconds);
        return s >= 60 ? String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60) : s + "s";
    }

    static String steps(StageRow r) {
        return r.steps() == 0 ? NONE : r.firstStep() + "-" + r.lastStep();
    }
}
