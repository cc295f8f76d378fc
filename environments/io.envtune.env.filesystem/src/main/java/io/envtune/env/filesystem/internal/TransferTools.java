package io.envtune.env.filesystem.internal;

import static io.envtune.env.filesystem.internal.FileSystemValues.error;
import static io.envtune.env.filesystem.internal.FileSystemValues.str;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.BoundArgs;
import io.envtune.toolkit.PyValues;

/**
 * {@code mv} and {@code cp} within the current directory. A moved or copied file is a new {@link File}; a moved
 * directory is a new {@link Directory} sharing the old contents map, a copied one holds a shallow copy of it (the
 * reference's stale-parent and shared-children quirks).
 */
final class TransferTools {

    private TransferTools() {
    }

    /** {@code mv(source, destination)}: rename, or move into an existing directory. */
    static Object mv(FileSystemState s, BoundArgs a) {
        Object source = a.get("source");
        Object destination = a.get("destination");
        Directory cwd = s.currentDir();
        if (!PyValues.containsKey(cwd.contents(), source, null)) {
            return error("mv: cannot move '" + str(source) + "': No such file or directory", FailureKind.NOT_FOUND,
                "source", source);
        }
        Node item = cwd.item(source);
        if (PyValues.contains(destination, "/")) {
            return error("mv: path not allowed in destination. Provide only a file or directory name.",
                FailureKind.INVALID_VALUE, "destination", destination);
        }
        PyValues.requireHashable(destination, null);
        Node target = cwd.item(destination);
        String src = (String) source;
        if (target == null) {
            place(cwd, FileSystemValues.name(destination), item, false);
            cwd.contents().remove(src);
            return PyValues.dict("result", "'" + src + "' moved to '" + destination + "'");
        }
        if (!(target instanceof Directory dir)) {
            return error("mv: cannot move '" + src + "' to '" + destination + "': Not a directory",
                FailureKind.WRONG_KIND, "destination", destination);
        }
        if (dir.contents().containsKey(src)) {
            return error("mv: cannot move '" + src + "' to '" + destination + "/" + src + "': File exists",
                FailureKind.ALREADY_EXISTS, "destination", destination);
        }
        place(dir, src, item, false);
        cwd.contents().remove(src);
        return PyValues.dict("result", "'" + src + "' moved to '" + destination + "/" + src + "'");
    }

    /** {@code cp(source, destination)}: copy to a new name, or into an existing directory. */
    static Object cp(FileSystemState s, BoundArgs a) {
        Object source = a.get("source");
        Object destination = a.get("destination");
        Directory cwd = s.currentDir();
        if (!PyValues.containsKey(cwd.contents(), source, null)) {
            return error("cp: cannot copy '" + str(source) + "': No such file or directory", FailureKind.NOT_FOUND,
                "source", source);
        }
        Node item = cwd.item(source);
        if (PyValues.contains(destination, "/")) {
            return error("cp: path not allowed in destination. Provide only a file or directory name.",
                FailureKind.INVALID_VALUE, "destination", destination);
        }
        PyValues.requireHashable(destination, null);
        Node target = cwd.item(destination);
        String src = (String) source;
        if (target == null) {
            place(cwd, FileSystemValues.name(destination), item, true);
            return PyValues.dict("result", "'" + src + "' copied to '" + destination + "'");
        }
        if (!(target instanceof Directory dir)) {
            return error("cp: cannot copy '" + src + "' to '" + destination + "': Not a directory",
                FailureKind.WRONG_KIND, "destination", destination);
        }
        // The reference looks for "destination/source" among the keys, which never matches: a name clash
        // surfaces as the ValueError of the add below instead.
        place(dir, src, item, true);
        return PyValues.dict("result", "'" + src + "' copied to '" + destination + "/" + src + "'");
    }

    /** Adds a new entry named {@code name} to {@code into} that takes over (or copies) {@code item}'s data. */
    private static void place(Directory into, String name, Node item, boolean copy) {
        if (item instanceof File f) {
            into.addFile(name, f.content());
            return;
        }
        Directory made = into.addDirectory(name);
        if (copy) {
            made.copyContentsOf((Directory) item);
        } else {
            made.shareContents((Directory) item);
        }
    }
}
