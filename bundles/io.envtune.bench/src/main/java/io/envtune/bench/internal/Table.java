package io.envtune.bench.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Prints rows as a fixed-width text table. Stateless. */
public final class Table {

    private static final int NAME_WIDTH = 66;

    private Table() {
    }

    /**
     * @param out where to print
     * @param title the table's heading
     * @param rows the rows, in order
     */
    public static void print(PrintStream out, String title, List<Row> rows) {
        out.println();
        out.println("== " + title);
        out.println(String.format(Locale.ROOT, "%-" + NAME_WIDTH + "s %8s %10s %10s %9s %8s %9s", "measurement", "n",
            "median µs", "p90 µs", "alloc B", "ref µs", "speedup"));
        for (Row r : rows) {
            out.println(String.format(Locale.ROOT, "%-" + NAME_WIDTH + "s %8d %10.2f %10.2f %9d %8s %9s",
                clip(r.measurement()), r.samples().count(), r.samples().medianMicros(), r.samples().p90Micros(),
                r.samples().bytesPerOperation(),
                Double.isNaN(r.referenceMicros()) ? "-" : String.format(Locale.ROOT, "%.0f", r.referenceMicros()),
                Double.isNaN(r.referenceMicros()) ? "-" : String.format(Locale.ROOT, "%.1fx", r.speedup())));
        }
    }

    private static String clip(String s) {
        return s.length() <= NAME_WIDTH ? s : s.substring(0, NAME_WIDTH - 1) + "…";
    }
}
