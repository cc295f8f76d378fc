package io.envtune.toolkit.fuzz;

import java.util.List;
import java.util.Random;

/**
 * The catalogue of hostile values a fuzz case plants in a call: wrong types, unicode and control characters, path
 * tricks, huge strings (1 MB) and numbers (10**10000), deep nesting (10,000 brackets) and expressions that try to
 * allocate without bound. Every method returns Python source text. The expensive ones are rare, so a campaign of
 * thousands of cases stays fast.
 */
public final class Hostile {

    /** One megabyte: the size of the huge strings. */
    public static final int MEGA = 1 << 20;
    /** The depth of deep nesting. */
    public static final int DEEP = 10_000;

    private static final List<String> WRONG_TYPES = List.of("None", "True", "False", "0", "-1", "1", "3.14", "-0.0",
        "1e308", "1e309", "-1e309", "1.5e-320", "0x10", "0o17", "0b101", "1_000_000", "1j", "(1+2j)", "...",
        "''", "'x'", "\"\"", "b'bytes'", "r'\\d'", "'''tri\nple'''", "[]", "[1, 'a', None]", "{}", "{'a': 1}",
        "{1: 2}", "(1,)", "()", "{1, 2}", "[[]]", "{'a': [1, {'b': (2,)}]}", "2**63", "-2**63", "2**64", "10**20",
        "1/3", "2**-1", "7//2", "-7 % 3", "~5", "+1", "--1", "not 1", "1 if 1 else 2", "float('nan')", "x", "__file__",
        "print", "[1, 2][5]", "{'a': 1}['b']", "1/0", "'a' + 1", "[1] * 'a'", "None + 1", "len('a')");

    private static final List<String> UNICODE = List.of("\u0000", "\u0007", "\u001b[31m", "\u202e", "\u200b",
        "\ufeff", "\ud800", "\udc00", "\ud83d\ude00", "e\u0301", "\u0130", "\u00df", "\ufb01", "\u2028", "\u0085",
        "\u000b", "\u000c", "\u001c", "\u3000", "\uffff", "\udbff\udfff", "\u0627\u0644\u0639", "\u4e2d\u6587",
        "%s%n%d", "${jndi:ldap://x}", "<script>alert(1)</script>", "'; DROP TABLE t; --", "\\x00", "\\N{BULLET}",
        "\\u12", "\\U00110000", "\\777", "\\", "\r\n", "\t", " ", "\u00a0", "\u2603", "\u0345", "\u1e9e", "\u03a3");

    private static final List<String> PATHS = List.of("../", "../../../../../../etc/passwd", "/", "//", "/root", ".",
        "..", "./", "", " ", "a/../b", "~", "~/.ssh/id_rsa", "C:\\Windows\\System32", "\\\\server\\share", "dir/",
        "/..", "....//", "%2e%2e%2f", "a\u0000b", "/dev/zero", "/proc/self/environ", "..\\..\\", "./././", "a//b",
        "-rf", "*", "?", "[a-z]", "$HOME", "`id`", "$(id)", "file.txt;rm -rf /", "CON", "NUL", ".git", "...");

    private static final String SYNTAX = "()[]{}'\",=:*\\.#\n-+";

    private Hostile() {
    }

    /**
     * @param r the case's random source
     * @return the text of a value of a type the tool does not expect
     */
    public static String wrongType(Random r) {
        return pick(r, WRONG_TYPES);
    }

    /**
     * @param r the case's random source
     * @return hostile string content (raw, not quoted): unicode, control characters, escapes, path tricks
     */
    public static String content(Random r) {
        StringBuilder sb = new StringBuilder();
        int parts = 1 + r.nextInt(3);
        for (int i = 0; i < parts; i++) {
            sb.append(r.nextBoolean() ? pick(r, UNICODE) : path(r));
        }
        return sb.toString();
    }

    /**
     * @param r the case's random source
     * @return a path trick, sometimes repeated to a long path
     */
    public static String path(Random r) {
        String p = pick(r, PATHS);
        return r.nextInt(20) == 0 ? p.repeat(1 + r.nextInt(2000)) : p;
    }

    /**
     * @param r the case's random source
     * @return a one-megabyte string literal or an expression that builds one
     */
    public static String hugeString(Random r) {
        return switch (r.nextInt(5)) {
            case 0 -> "'" + "a".repeat(MEGA) + "'";
            case 1 -> "'" + "\u00e9\ud83d\ude00".repeat(MEGA / 3) + "'";
            case 2 -> "'a' * " + MEGA;
            case 3 -> "'" + "../".repeat(MEGA / 3) + "'";
            default -> "\"" + "\\x41".repeat(MEGA / 4) + "\"";
        };
    }

    /**
     * @param r the case's random source
     * @return a huge number: 10**10000, a 10,000-digit literal, a huge float, a huge hex literal, a power tower
     */
    public static String hugeNumber(Random r) {
        return switch (r.nextInt(8)) {
            case 0 -> "10**10000";
            case 1 -> "1" + "0".repeat(10_000);
            case 2 -> "-" + "9".repeat(4301);
            case 3 -> "1e" + "9".repeat(50);
            case 4 -> "0x" + "f".repeat(20_000);
            case 5 -> "10**10**10";
            case 6 -> "9**9**9";
            default -> "2**100000";
        };
    }

    /**
     * @param r the case's random source
     * @return 10,000 levels of brackets, parentheses, braces, unary operators or string prefixes
     */
    public static String deep(Random r) {
        int n = r.nextInt(4) == 0 ? 100 + r.nextInt(300) : DEEP;
        return switch (r.nextInt(7)) {
            case 0 -> "[".repeat(n) + "]".repeat(n);
            case 1 -> "(".repeat(n) + "1" + ")".repeat(n);
            case 2 -> "{'a': ".repeat(n) + "1" + "}".repeat(n);
            case 3 -> "-".repeat(n) + "1";
            case 4 -> "1" + " + 1".repeat(n);
            case 5 -> "[".repeat(n);
            default -> "not ".repeat(n) + "1";
        };
    }

    /**
     * @param r the case's random source
     * @return an expression whose value is large compared with its text (sequence repetition, big powers)
     */
    public static String amplifier(Random r) {
        return switch (r.nextInt(8)) {
            case 0 -> "'a' * 10**8";
            case 1 -> "[1] * 10**8";
            case 2 -> "[[0] * 10**7] * 10**7";
            case 3 -> "('a' * 99999999) + ('b' * 99999999)";
            case 4 -> "['a' * 99999999, 'b' * 99999999, 'c' * 99999999]";
            case 5 -> "(1,) * 99999999 + (2,) * 99999999";
            case 6 -> "2 ** (2 ** 24)";
            default -> "'ab' * -1";
        };
    }

    /**
     * @param r the case's random source
     * @param length the number of characters
     * @return random UTF-16 units: any code unit, lone surrogates included, biased towards ASCII and syntax
     */
    public static String randomChars(Random r, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int kind = r.nextInt(10);
            if (kind < 5) {
                sb.append((char) (0x20 + r.nextInt(0x5f)));
            } else if (kind < 7) {
                sb.append(SYNTAX.charAt(r.nextInt(SYNTAX.length())));
            } else if (kind < 8) {
                sb.append((char) r.nextInt(0x20));
            } else {
                sb.append((char) r.nextInt(0x10000));
            }
        }
        return sb.toString();
    }

    /**
     * @param content raw string content
     * @return a Python string literal of it (quotes, backslashes and line breaks escaped; everything else raw)
     */
    public static String quote(String content) {
        StringBuilder sb = new StringBuilder("'");
        for (char c : content.toCharArray()) {
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\'' -> sb.append("\\'");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
        return sb.append('\'').toString();
    }

    public static <T> T pick(Random r, List<T> items) {
        return items.get(r.nextInt(items.size()));
    }
}
