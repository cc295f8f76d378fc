package io.envtune.cli;

import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * One line for a failed command: file-system errors name the problem as well as the path (Java's own message is
 * often the bare path, e.g. {@code /proc/nope}), wrapped exceptions keep their context. {@link CommandArgs} uses it
 * for the file errors of every command, the launcher's runner for anything else a command line throws. Stateless.
 */
public final class FileErrors {

    private FileErrors() {
    }

    /**
     * @param e what a command threw
     * @return one line saying what went wrong
     */
    public static String describe(Throwable e) {
        String own = e.getMessage();
        Throwable cause = e.getCause();
        String problem = problem(e);
        if (problem != null) {
            return problem;
        }
        if (cause != null && cause != e) {
            String inner = describe(cause);
            if (own == null || own.equals(cause.toString()) || own.equals(cause.getMessage())) {
                return inner;
            }
            // A message that already says what its cause says (CommandArgs' own refusal) is not said twice.
            return problem(cause) != null && !own.contains(inner) ? oneLine(own) + ": " + inner : oneLine(own);
        }
        return own != null ? oneLine(own) : e.getClass().getSimpleName();
    }

    private static String problem(Throwable e) {
        if (e instanceof FileSystemException f) {
            String what = f instanceof NoSuchFileException ? "no such file or folder"
                : f instanceof AccessDeniedException ? "permission denied"
                : f instanceof NotDirectoryException ? "not a folder"
                : f instanceof DirectoryNotEmptyException ? "folder not empty"
                : f instanceof FileAlreadyExistsException ? "already exists"
                : f.getReason() != null ? f.getReason() : "file error";
            return what + ": " + f.getFile() + (f.getOtherFile() != null ? " -> " + f.getOtherFile() : "");
        }
        if (e instanceof CharacterCodingException) {
            return "the file is not UTF-8 text";
        }
        return null;
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", "; ");
    }
}
