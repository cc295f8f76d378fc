package io.envtune.env.filesystem.internal;

import static io.envtune.env.filesystem.internal.FileSystemValues.error;
import static io.envtune.env.filesystem.internal.FileSystemValues.str;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.BoundArgs;
import io.envtune.toolkit.PyText;
import io.envtune.toolkit.PyValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tools that read one or two files of the current directory: cat, wc, sort, grep, tail, diff. */
final class TextTools {

    private TextTools() {
    }

    /**
     * @return the file named {@code name} in the current directory, or null when missing or a directory
     */
    static File file(FileSystemState s, Object name) {
        if (!PyValues.containsKey(s.currentDir().contents(), name, null)) {
            return null;
        }
        return s.currentDir().item(name) instanceof File f ? f : null;
    }

    /** {@code cat(file_name)}. */
    static Object cat(FileSystemState s, BoundArgs a) {
        Object name = a.get("file_name");
        String prefix = "cat: '" + str(name) + "': ";
        if (!EditTools.validName(name)) {
            return error(prefix + "Invalid character", FailureKind.INVALID_VALUE, "file_name", name);
        }
        if (!PyValues.containsKey(s.currentDir().contents(), name, null)) {
            return error(prefix + "No such file or directory", FailureKind.NOT_FOUND, "file_name", name);
        }
        if (s.currentDir().item(name) instanceof File f) {
            return PyValues.dict("file_content", f.content());
        }
        return error(prefix + "Is a directory", FailureKind.WRONG_KIND, "file_name", name);
    }

    /** {@code wc(file_name, mode='l')}: lines, words or characters; the mode is checked first. */
    static Object wc(FileSystemState s, BoundArgs a) {
        Object name = a.get("file_name");
        Object mode = a.get("mode");
        if (!"l".equals(mode) && !"w".equals(mode) && !"c".equals(mode)) {
            return error("wc: invalid mode '" + str(mode) + "'", FailureKind.INVALID_VALUE, "mode", mode);
        }
        File f = file(s, name);
        if (f == null) {
            return missing(s, "wc", name);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        switch ((String) mode) {
            case "l" -> out.put("count", (long) lines(f).size());
            case "w" -> out.put("count", (long) PyText.split(PyText.receiver(f.content(), "split", null))
                .size());
            default -> out.put("count", PyValues.len(f.content()));
        }
        out.put("type", switch ((String) mode) {
            case "l" -> "lines";
            case "w" -> "words";
            default -> "characters";
        });
        return out;
    }

    /** {@code sort(file_name)}: the lines sorted by code point, joined by newlines. */
    static Object sort(FileSystemState s, BoundArgs a) {
        File f = file(s, a.get("file_name"));
        if (f == null) {
            return missing(s, "sort", a.get("file_name"));
        }
        List<String> lines = new ArrayList<>(lines(f));
        lines.sort(PyText::compare); // sorted(): by code point, not UTF-16 unit
        return PyValues.dict("sorted_content", String.join("\n", lines));
    }

    /** {@code grep(file_name, pattern)}: the lines containing the pattern as a substring. */
    static Object grep(FileSystemState s, BoundArgs a) {
        File f = file(s, a.get("file_name"));
        if (f == null) {
            return missing(s, "grep", a.get("file_name"));
        }
        List<String> matching = new ArrayList<>();
        for (String line : lines(f)) {
            if (PyValues.contains(line, a.get("pattern"))) {
                matching.add(line);
            }
        }
        return PyValues.dict("matching_lines", matching);
    }

    /** {@code tail(file_name, lines=10)}: {@code lines[-n:]} after clamping n to the line count. */
    static Object tail(FileSystemState s, BoundArgs a) {
        File f = file(s, a.get("file_name"));
        if (f == null) {
            return missing(s, "tail", a.get("file_name"));
        }
        List<String> lines = lines(f);
        return PyValues.dict("last_lines", String.join("\n", Slices.lastLines(lines, a.get("lines"))));
    }

    /** {@code diff(file_name1, file_name2)}: differing line pairs of the zipped line lists. */
    static Object diff(FileSystemState s, BoundArgs a) {
        Object name1 = a.get("file_name1");
        Object name2 = a.get("file_name2");
        Map<String, Node> contents = s.currentDir().contents();
        // Python's `and` short-circuits: the second name is only looked up when the first one exists.
        boolean both = PyValues.containsKey(contents, name1, null)
            && PyValues.containsKey(contents, name2, null);
        if (!both || !(contents.get(name1) instanceof File f1) || !(contents.get(name2) instanceof File f2)) {
            return diffFailure(contents, name1, name2);
        }
        List<String> left = lines(f1);
        List<String> right = lines(f2);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            if (!left.get(i).equals(right.get(i))) {
                out.add("- " + left.get(i) + "\n+ " + right.get(i));
            }
        }
        return PyValues.dict("diff_lines", String.join("\n", out));
    }

    /**
     * The one message the reference prints for every diff failure, with a cause that tells the cases apart: NOT_FOUND
     * when a name is missing, else WRONG_KIND (a directory); the parameter names every argument with that cause,
     * comma-separated ({@code file_name1,file_name2} when both are), and the detail is the first such name.
     */
    private static Object diffFailure(Map<String, Node> contents, Object name1, Object name2) {
        List<String> missing = new ArrayList<>();
        List<String> directories = new ArrayList<>();
        // Only strings can be keys; testing them cannot raise, so Python's short-circuit order is not disturbed.
        for (String param : List.of("file_name1", "file_name2")) {
            Object name = param.equals("file_name1") ? name1 : name2;
            Node node = name instanceof String key ? contents.get(key) : null;
            if (node == null) {
                missing.add(param);
            } else if (node instanceof Directory) {
                directories.add(param);
            }
        }
        List<String> params = missing.isEmpty() ? directories : missing;
        Object bad = params.get(0).equals("file_name1") ? name1 : name2;
        return error("diff: " + str(name1) + " or " + str(name2) + ": No such file or directory",
            missing.isEmpty() ? FailureKind.WRONG_KIND : FailureKind.NOT_FOUND, String.join(",", params), bad);
    }

    private static List<String> lines(File f) {
        return PyText.splitlines(PyText.receiver(f.content(), "splitlines", null));
    }

    /** The shared "missing" message; the failure kind still tells a directory from a missing name. */
    private static Object missing(FileSystemState s, String tool, Object name) {
        FailureKind kind = PyValues.containsKey(s.currentDir().contents(), name, null) ? FailureKind.WRONG_KIND
            : FailureKind.NOT_FOUND;
        return error(tool + ": " + str(name) + ": No such file or directory", kind, "file_name", name);
    }
}
