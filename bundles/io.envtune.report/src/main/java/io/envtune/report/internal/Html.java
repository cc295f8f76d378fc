package io.envtune.report.internal;

import java.util.List;

/** Small HTML building blocks: escaping and tables. */
final class Html {

    private Html() {
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * @param cssClass the table's class
     * @param align one letter per column, {@code l} or {@code r}
     * @param headers the header cells
     * @param rows the body cells, plain text (escaped here)
     * @return the table
     */
    static String table(String cssClass, String align, List<String> headers, List<List<String>> rows) {
        StringBuilder out = new StringBuilder("<table class=\"").append(cssClass).append("\">\n<thead><tr>");
        for (int i = 0; i < headers.size(); i++) {
            out.append(cell("th", align, i, headers.get(i)));
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            out.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                out.append(cell("td", align, i, row.get(i)));
            }
            out.append("</tr>\n");
        }
        return out.append("</tbody>\n</table>\n").toString();
    }

    private static String cell(String tag, String align, int column, String text) {
        String cls = column < align.length() && align.charAt(column) == 'r' ? " class=\"num\"" : "";
        return "<" + tag + cls + ">" + esc(text) + "</" + tag + ">";
    }

    static String para(String cssClass, String text) {
        return "<p class=\"" + cssClass + "\">" + esc(text) + "</p>\n";
    }
}
