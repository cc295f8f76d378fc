package io.envtune.toolkit.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The one-line text form of a fuzz input, so that any string (control characters, lone surrogates, a megabyte of one
 * character, ten thousand brackets) fits on one short line of a regression file. Escapes: backslash before a
 * backslash, n, r, t, an opening or a closing brace; backslash-u and four hex digits for every other character outside
 * printable ASCII. A run of a unit of 1 to 16 characters repeated is written as two opening braces, the count, a star,
 * the unit and two closing braces. Lines starting with {@code #} are comments.
 */
public final class RegressionLines {

    private static final int MIN_RUN = 32;

    private RegressionLines() {
    }

    /**
     * @param s any string
     * @return its one-line form
     */
    public static String encode(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            int[] run = longestRun(s, i);
            if (run[0] * run[1] >= MIN_RUN) {
                out.append("{{").append(run[1]).append('*');
                escape(out, s.substring(i, i + run[0]));
                out.append("}}");
                i += run[0] * run[1];
            } else {
                escape(out, s.substring(i, i + 1));
                i++;
            }
        }
        return out.toString();
    }

    /** @return {unit length, repetitions} of the run that covers the most characters from i */
    private static int[] longestRun(String s, int i) {
        int[] best = {1, 1};
        for (int unit = 1; unit <= 16 && i + unit <= s.length(); unit++) {
            int reps = 1;
            while (s.regionMatches(i, s, i + reps * unit, unit)) {
                reps++;
            }
            if (unit * reps > best[0] * best[1]) {
                best = new int[] {unit, reps};
            }
        }
        return best;
    }

    private static void escape(StringBuilder out, String s) {
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '{' -> out.append("\\{");
                case '}' -> out.append("\\}");
                default -> {
                    if (c >= 0x20 && c < 0x7f) {
                        out.append(c);
                    } else {
                        out.append(String.format("\\u%04x", (int) c));
                    }
                }
            }
        }
    }

    /**
     * @param line a one-line form
     * @return the string it stands for
     */
    public static String decode(String line) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < line.length()) {
            if (line.startsWith("{{", i)) {
                int star = line.indexOf('*', i);
                int end = line.indexOf("}}", star);
                int reps = Integer.parseInt(line.substring(i + 2, star));
                out.append(decode(line.substring(star + 1, end)).repeat(reps));
                i = end + 2;
            } else if (line.charAt(i) == '\\') {
                i = unescape(line, i, out);
            } else {
                out.append(line.charAt(i++));
            }
        }
        return out.toString();
    }

    private static int unescape(String line, int i, StringBuilder out) {
        char c = line.charAt(i + 1);
        switch (c) {
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'u' -> {
                out.append((char) Integer.parseInt(line.substring(i + 2, i + 6), 16));
                return i + 6;
            }
            default -> out.append(c);
        }
        return i + 2;
    }

    /**
     * @param resource a class-path resource of regression lines
     * @return the decoded cases, comments and blank lines skipped; empty when the resource does not exist
     */
    public static List<String> load(String resource) {
        List<String> out = new ArrayList<>();
        loadRaw(resource).forEach(line -> out.add(decode(line)));
        return out;
    }

    /**
     * @param resource a class-path resource of lines
     * @return its lines as written, comments and blank lines skipped; empty when the resource does not exist
     */
    public static List<String> loadRaw(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = RegressionLines.class.getResourceAsStream(resource)) {
            if (in == null) {
                return out;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
        return out;
    }
}
