package io.envtune.env.filesystem.internal;

import static io.envtune.env.filesystem.internal.FileSystemValues.error;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.BoundArgs;
import io.envtune.toolkit.PyText;
import io.envtune.toolkit.PyValues;
import io.envtune.toolkit.value.PyException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The tree-walking tools: {@code find} and {@code du}. */
final class SearchTools {

    /** Python's default recursion limit; a tree made cyclic by {@code cp} of a directory into itself hits it. */
    private static final int MAX_DEPTH = 1000;

    private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB"};

    private SearchTools() {
    }

    /** {@code find(path='.', name=None)}: pre-order walk printing {@code path.rstrip('/') + '/' + name}. */
    static Object find(FileSystemState s, BoundArgs a) {
        Object rawPath = a.get("path");
        Directory start = resolve(s, rawPath);
        String path = PyText.receiver(rawPath, "rstrip", null);
        if (start == null) {
            return error("find: '" + path + "': No such file or directory", FailureKind.NOT_FOUND, "path", path);
        }
        List<String> matches = new ArrayList<>();
        walk(start, NavigationTools.stripTrailingSlashes(path), a.get("name"), matches, 0);
        return PyValues.dict("matches", matches);
    }

    private static void walk(Directory dir, String base, Object name, List<String> out, int depth) {
        checkDepth(depth);
        for (Map.Entry<String, Node> e : dir.contents().entrySet()) {
            String itemPath = base + "/" + e.getKey();
            if (name == null || PyValues.contains(e.getKey(), name)) {
                out.add(itemPath);
            }
            if (e.getValue() instanceof Directory sub) {
                walk(sub, itemPath, name, out, depth + 1);
            }
        }
    }

    /**
     * Resolves {@code .}, {@code /}, relative {@code a/b} and absolute {@code /a/b} (below the root's contents).
     *
     * @return the directory, or null when a component is missing or not a directory
     */
    private static Directory resolve(FileSystemState s, Object rawPath) {
        if (rawPath == null || ".".equals(rawPath)) {
            return s.currentDir();
        }
        if ("/".equals(rawPath)) {
            return s.root();
        }
        String path = PyText.receiver(rawPath, "strip", null);
        Directory dir = path.startsWith("/") ? s.root() : s.currentDir();
        for (String part : stripSlashes(path).split("/", -1)) {
            if (!(dir.item(part) instanceof Directory next)) {
                return null;
            }
            dir = next;
        }
        return dir;
    }

    private static String stripSlashes(String path) {
        int begin = 0;
        while (begin < path.length() && path.charAt(begin) == '/') {
            begin++;
        }
        return NavigationTools.stripTrailingSlashes(path.substring(begin));
    }

    /** {@code du(human_readable=False)}: UTF-8 bytes of every file under the current directory. */
    static Object du(FileSystemState s, BoundArgs a) {
        long total = size(s.currentDir(), 0);
        if (!PyValues.truthy(a.get("human_readable"))) {
            return PyValues.dict("disk_usage", total + " bytes");
        }
        double size = total;
        for (String unit : UNITS) {
            if (size < 1024) {
                return PyValues.dict("disk_usage", PyText.fixed(size, 2) + " " + unit);
            }
            size /= 1024;
        }
        return PyValues.dict("disk_usage", PyText.fixed(size, 2) + " PB");
    }

    private static long size(Directory dir, int depth) {
        checkDepth(depth);
        long total = 0;
        for (Node node : dir.contents().values()) {
            total += node instanceof File f ? utf8Length(PyText.receiver(f.content(), "encode", null))
                : size((Directory) node, depth + 1);
        }
        return total;
    }

    /** @return {@code len(text.encode("utf-8"))}, failing like CPython on a lone surrogate */
    static long utf8Length(String text) {
        long bytes = 0;
        int position = 0;
        for (int i = 0; i < text.length(); position++) {
            int cp = text.codePointAt(i);
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                throw new PyException(String.format("'utf-8' codec can't encode character '\\u%04x' in position %d: "
                    + "surrogates not allowed", cp, position), FailureKind.INVALID_VALUE, null);
            }
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            i += Character.charCount(cp);
        }
        return bytes;
    }

    private static void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw new PyException("maximum recursion depth exceeded", FailureKind.INTERNAL, null);
        }
    }
}
