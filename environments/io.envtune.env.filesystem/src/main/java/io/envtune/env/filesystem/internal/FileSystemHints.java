package io.envtune.env.filesystem.internal;

import io.envtune.api.FailureKind;
import io.envtune.api.ToolFailure;
import io.envtune.toolkit.HintArgs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The hint texts of {@link FileSystemAugmenter}, one method per family of tools. Each returns null when it has
 * nothing more specific than the generic augmenters to say. Hints only quote values the model itself passed.
 */
final class FileSystemHints {

    /** What each single-file tool cannot do with a directory, in the words of Environment Tuning's messages. */
    private static final Map<String, String> VERBS = Map.of("cat", "display", "wc", "count", "sort", "sort",
        "grep", "search in", "tail", "display", "echo", "write to");

    private static final String LOOK = " Use ls to see the entries of the current directory and pwd to see where you "
        + "are.";

    private FileSystemHints() {
    }

    /** {@code cd}: a path, a missing sub-directory, or {@code ..} at the root. */
    static String cd(ToolFailure f, HintArgs args) {
        String folder = args.text("folder");
        return switch (f.kind()) {
            case INVALID_VALUE -> "cd: '" + folder + "': Paths are not allowed. Use 'cd' to navigate one directory at "
                + "a time: one call per directory level, '..' for the parent.";
            case NOT_FOUND -> "cd: '" + folder + "': No such directory in current location. cd only enters a "
                + "sub-directory of the current directory ('..' goes up one level)." + LOOK;
            case PRECONDITION_FAILED -> "Current directory is already the root; there is no parent to go back to."
                + LOOK;
            default -> null;
        };
    }

    /** The tools taking one name in the current directory: mkdir, touch, echo, cat, wc, sort, grep, tail, rm, rmdir. */
    static String name(ToolFailure f, HintArgs args) {
        String tool = f.tool();
        if ("mode".equals(f.parameter())) {
            return "wc: mode must be 'l' (lines), 'w' (words) or 'c' (characters).";
        }
        String value = f.parameter() == null ? null : args.text(f.parameter());
        if (value == null) {
            return null;
        }
        if (isPath(value) && f.kind() != FailureKind.ALREADY_EXISTS) {
            return paths(tool, value, tool.equals("mkdir") || tool.equals("rmdir") ? "directory" : "file");
        }
        return switch (f.kind()) {
            case INVALID_VALUE -> tool + ": '" + value + "': Invalid character. Names may not contain any of: "
                + String.join(" ", EditTools.INVALID) + ".";
            case NOT_FOUND -> notFound(tool, value);
            case WRONG_KIND -> tool.equals("rmdir")
                ? "rmdir: '" + value + "' is a file, not a directory. rmdir removes only empty directories; rm removes "
                    + "files."
                : tool + ": '" + value + "': Is a directory. Cannot " + VERBS.getOrDefault(tool, "use") + " a "
                    + "directory; " + tool + " works on files. Use cd to enter the directory and ls to see its files.";
            case ALREADY_EXISTS -> tool + ": '" + value + "': File or directory already exists in the current "
                + "directory. Choose another name, or work with the existing entry.";
            case PRECONDITION_FAILED -> "rmdir: '" + value + "': Directory not empty. rmdir removes only empty "
                + "directories; remove what it contains first (cd into it, ls, rm), or use rm on the directory.";
            default -> null;
        };
    }

    private static String notFound(String tool, String value) {
        if (tool.equals("echo")) {
            return "echo: '" + value + "': No such file in current directory. echo only writes into an existing file; "
                + "create it first with touch, or check the name." + LOOK;
        }
        String what = switch (tool) {
            case "rmdir" -> "directory";
            case "rm", "mv", "cp" -> "file or directory";
            default -> "file";
        };
        return tool + ": '" + value + "': No such " + what + " in current directory." + LOOK
            + " Tools take names in the current directory only; cd into the directory that holds it first.";
    }

    /** {@code mv} and {@code cp}: the source must be a name here, the destination a new name or a sub-directory. */
    static String transfer(ToolFailure f, HintArgs args) {
        String tool = f.tool();
        String source = args.text("source");
        String destination = args.text("destination");
        if (isPath(source)) {
            return paths(tool, source, "file or directory");
        }
        return switch (f.kind()) {
            case NOT_FOUND -> notFound(tool, source);
            case INVALID_VALUE -> tool + ": destination '" + destination + "': Paths are not allowed in the "
                + "destination. Give a new name, or the name of a directory inside the current directory; to go "
                + "further, work one directory at a time with cd.";
            case WRONG_KIND -> tool + ": destination '" + destination + "' exists but is not a directory. Cannot "
                + "overwrite an existing file: give a new name, or the name of a directory to " + tool + " into.";
            case ALREADY_EXISTS -> tool + ": '" + source + "': File already exists in destination directory '"
                + destination + "'. Choose another destination, or rename one of them first.";
            default -> null;
        };
    }

    /** {@code diff}: which of the two names is missing or a directory (the parameter lists every culprit). */
    static String diff(ToolFailure f, HintArgs args) {
        List<String> bad = new ArrayList<>();
        for (String p : f.parameter() == null ? new String[0] : f.parameter().split(",")) {
            bad.add("'" + args.text(p) + "'");
        }
        String first = args.text("file_name1");
        String second = args.text("file_name2");
        if (isPath(first) || isPath(second)) {
            return paths("diff", isPath(first) ? first : second, "file");
        }
        if (bad.isEmpty()) {
            return null;
        }
        boolean both = bad.size() == 2;
        return switch (f.kind()) {
            case NOT_FOUND -> (both ? "diff: neither " + bad.get(0) + " nor " + bad.get(1) + " was found"
                : "diff: " + bad.get(0) + " was not found") + " in the current directory. diff compares two files of "
                + "the current directory." + LOOK;
            case WRONG_KIND -> both ? "diff: " + bad.get(0) + " and " + bad.get(1) + " are directories. Cannot compare "
                + "directories; diff compares two files."
                : "diff: " + bad.get(0) + " is a directory. Cannot compare a directory with a file.";
            default -> null;
        };
    }

    /** {@code find}: the start path must be a directory reachable from the current one. */
    static String find(ToolFailure f, HintArgs args) {
        if (f.kind() != FailureKind.NOT_FOUND) {
            return null;
        }
        return "find: '" + args.text("path") + "' is not a directory below the current directory. Use '.' to search "
            + "from the current directory." + LOOK;
    }

    private static String paths(String tool, String value, String what) {
        return tool + ": '" + value + "': Paths are not allowed. Specify only a " + what + " name in the current "
            + "directory; use cd to move one directory at a time first.";
    }

    private static boolean isPath(String value) {
        return value != null && value.contains("/");
    }
}
