package io.envtune.shell.internal;

import java.util.List;

/** Renders rows as a left-aligned text table, for shell output. */
final class Table {

    private Table() {
    }

    /**
     * @param rows rows of equal length, header first
     * @return the table, one line per row, each ending with a newline
     */
    static String render(List<String[]> rows) {
        int cols = rows.get(0).length;
        int[] width = new int[cols];
        for (String[] r : rows) {
            for (int c = 0; c < cols; c++) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] r : rows) {
            for (int c = 0; c < cols; c++) {
                out.append(c == cols - 1 ? r[c] : pad(r[c], width[c] + 2));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(width - s.length());
    }
}
