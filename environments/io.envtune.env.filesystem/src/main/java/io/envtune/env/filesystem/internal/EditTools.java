package io.envtune.env.filesystem.internal;

import static io.envtune.env.filesystem.internal.FileSystemValues.error;
import static io.envtune.env.filesystem.internal.FileSystemValues.str;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.BoundArgs;
import io.envtune.toolkit.PyValues;
import io.envtune.toolkit.value.PyException;
import java.util.Map;

/** The tools that create, overwrite and delete entries of the current directory. */
final class EditTools {

    /** The characters the reference rejects in names, tested in this order with Python's {@code in}. */
    static final String[] INVALID = {"|", "/", "\\", "?", "%", "*", ":", "\"", ">", "<"};

    private EditTools() {
    }

    /**
     * The reference's name check: {@code c in name} for each invalid character, so a non-iterable name raises.
     *
     * @param name the name argument
     * @return whether no invalid character occurs
     */
    static boolean validName(Object name) {
        for (String c : INVALID) {
            if (PyValues.contains(name, c)) {
                return false;
            }
        }
        return true;
    }

    /** {@code mkdir(dir_name)}. */
    static Object mkdir(FileSystemState s, BoundArgs a) {
        Object name = a.get("dir_name");
        String prefix = "mkdir: cannot create directory '" + str(name) + "': ";
        if (!validName(name)) {
            return error(prefix + "Invalid character", FailureKind.INVALID_VALUE, "dir_name", name);
        }
        if (PyValues.containsKey(s.currentDir().contents(), name, null)) {
            return error(prefix + "File exists", FailureKind.ALREADY_EXISTS, "dir_name", name);
        }
        s.currentDir().addDirectory(FileSystemValues.name(name));
        return null;
    }

    /** {@code touch(file_name)}. */
    static Object touch(FileSystemState s, BoundArgs a) {
        Object name = a.get("file_name");
        String prefix = "touch: cannot touch '" + str(name) + "': ";
        if (!validName(name)) {
            return error(prefix + "Invalid character", FailureKind.INVALID_VALUE, "file_name", name);
        }
        if (PyValues.containsKey(s.currentDir().contents(), name, null)) {
            return error(prefix + "File exists", FailureKind.ALREADY_EXISTS, "file_name", name);
        }
        s.currentDir().addFile(FileSystemValues.name(name), "");
        return null;
    }

    /** {@code echo(content, file_name=None)}: print, or overwrite an existing file (HEAD no longer creates one). */
    static Object echo(FileSystemState s, BoundArgs a) {
        Object content = a.get("content");
        Object name = a.get("file_name");
        if (name == null) {
            return PyValues.dict("terminal_output", content);
        }
        String prefix = "echo: cannot write to '" + str(name) + "': ";
        if (!validName(name)) {
            return error(prefix + "Invalid character", FailureKind.INVALID_VALUE, "file_name", name);
        }
        if (!PyValues.truthy(name)) {
            return PyValues.dict("terminal_output", content);
        }
        if (!PyValues.containsKey(s.currentDir().contents(), name, null)) {
            return error(prefix + "No such file", FailureKind.NOT_FOUND, "file_name", name);
        }
        if (s.currentDir().item(name) instanceof File f) {
            f.write(content);
            return null;
        }
        throw new PyException("'Directory' object has no attribute '_write'", FailureKind.WRONG_KIND, "file_name");
    }

    /** {@code rm(file_name)}: removes a file or a whole directory. */
    static Object rm(FileSystemState s, BoundArgs a) {
        Object name = a.get("file_name");
        Map<String, Node> contents = s.currentDir().contents();
        if (!PyValues.containsKey(contents, name, null)) {
            return error("rm: cannot remove '" + str(name) + "': No such file or directory", FailureKind.NOT_FOUND,
                "file_name", name);
        }
        contents.remove(name);
        return PyValues.dict("result", "'" + name + "' removed");
    }

    /** {@code rmdir(dir_name)}: removes an empty directory only. */
    static Object rmdir(FileSystemState s, BoundArgs a) {
        Object name = a.get("dir_name");
        Map<String, Node> contents = s.currentDir().contents();
        String prefix = "rmdir: cannot remove '" + str(name) + "': ";
        if (!PyValues.containsKey(contents, name, null)) {
            return error(prefix + "No such file or directory", FailureKind.NOT_FOUND, "dir_name", name);
        }
        if (!(contents.get(name) instanceof Directory dir)) {
            return error(prefix + "Not a directory", FailureKind.WRONG_KIND, "dir_name", name);
        }
        if (!dir.contents().isEmpty()) {
            return error(prefix + "Directory not empty", FailureKind.PRECONDITION_FAILED, "dir_name", name);
        }
        contents.remove(name);
        return PyValues.dict("result", "'" + name + "' removed");
    }
}
