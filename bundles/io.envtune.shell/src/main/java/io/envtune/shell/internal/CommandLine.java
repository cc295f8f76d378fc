package io.envtune.shell.internal;

import java.util.List;
import java.util.regex.Pattern;

/** Joins command-line arguments into one Gogo command line, quoting what Gogo would otherwise interpret. */
final class CommandLine {

    private static final Pattern PLAIN = Pattern.compile("[\\w:./=@,+*-]+");

    private CommandLine() {
    }

    /**
     * @param args the arguments, command first
     * @return a Gogo command line
     */
    static String join(List<String> args) {
        StringBuilder line = new StringBuilder();
        for (String a : args) {
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(PLAIN.matcher(a).matches() ? a : quote(a));
        }
        return line.toString();
    }

    private static String quote(String a) {
        return "\"" + a.replace("\\", "\\\\").replace("\"", "\\\"").replace("$", "\\$") + "\"";
    }
}
