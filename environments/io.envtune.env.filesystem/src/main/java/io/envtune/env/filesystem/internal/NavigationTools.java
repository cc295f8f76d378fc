package io.envtune.env.filesystem.internal;

import static io.envtune.env.filesystem.internal.FileSystemValues.error;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.BoundArgs;
import io.envtune.toolkit.PyText;
import io.envtune.toolkit.PyValues;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;

/** The navigation tools: {@code pwd}, {@code ls}, {@code cd}. */
final class NavigationTools {

    private NavigationTools() {
    }

    /** {@code pwd()}: the path from the root (its name included) down to the current directory via parent links. */
    static Object pwd(FileSystemState s, BoundArgs a) {
        List<String> names = new ArrayList<>();
        // The reference's stop test compares a name with the root object and never fires: walk to the top.
        for (Directory d = s.currentDir(); d != null; d = d.parent()) {
            names.add(d.name());
        }
        Collections.reverse(names);
        return PyValues.dict("current_working_directory", "/" + String.join("/", names));
    }

    /** {@code ls(a=False)}: entry names in insertion order, hidden ones only when {@code a} is truthy. */
    static Object ls(FileSystemState s, BoundArgs a) {
        boolean all = PyValues.truthy(a.get("a"));
        List<String> names = new ArrayList<>();
        for (String name : s.currentDir().contents().keySet()) {
            if (all || !name.startsWith(".")) {
                names.add(name);
            }
        }
        return PyValues.dict("current_directory_content", names);
    }

    /** {@code cd(folder)}: one level at a time, plus {@code ..}, {@code .} and {@code /}. */
    static Object cd(FileSystemState s, BoundArgs a) {
        String folder = PyText.receiver(a.get("folder"), "rstrip", null);
        folder = stripTrailingSlashes(folder);
        if (folder.isEmpty()) {
            folder = "/";
        }
        if (folder.contains("/") && !folder.equals("/")) {
            return error("cd: " + folder + ": Unsupported path. Only one folder level at a time is supported.",
                FailureKind.INVALID_VALUE, "folder", folder);
        }
        if (folder.equals("..")) {
            return up(s);
        }
        Directory target = child(s, folder);
        if (target == null) {
            return error("cd: '" + folder + "': No such file or directory", FailureKind.NOT_FOUND, "folder", folder);
        }
        s.changeTo(target);
        return PyValues.dict("current_working_directory", target.name());
    }

    private static Object up(FileSystemState s) {
        Directory parent = s.currentDir().parent();
        if (parent == null) {
            return error("Current directory is already the root. Cannot go back.", FailureKind.PRECONDITION_FAILED,
                "folder", "..");
        }
        s.changeTo(parent);
        return new LinkedHashMap<String, Object>();
    }

    private static Directory child(FileSystemState s, String folder) {
        if (folder.equals("/")) {
            return s.root();
        }
        return s.currentDir().item(folder) instanceof Directory d ? d : null;
    }

    /**
     * @param path a path
     * @return {@code path.rstrip("/")}
     */
    static String stripTrailingSlashes(String path) {
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(0, end);
    }
}
