package io.envtune.platform;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The tasks a user named: a BFCL data folder ({@code --bfcl DIR}) and/or a tasks file ({@code --tasks FILE}, JSON
 * Lines in the task format of {@link io.envtune.toolkit.TaskLines}). Naming neither means the built-in tasks of the
 * registered task sources.
 *
 * @param bfclDir the BFCL data folder, or null
 * @param tasksFile the tasks file, or null
 */
public record TaskOrigin(Path bfclDir, Path tasksFile) {

    /** No named tasks: the built-in ones. */
    public static final TaskOrigin BUILTIN = new TaskOrigin(null, null);

    /**
     * @param bfcl the {@code --bfcl} value, possibly null or blank
     * @param tasks the {@code --tasks} value, possibly null or blank
     * @return the origin
     * @throws IllegalArgumentException when a named folder or file does not exist
     */
    public static TaskOrigin of(String bfcl, String tasks) {
        Path dir = blank(bfcl) ? null : Path.of(bfcl);
        if (dir != null && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("BFCL data folder not found: " + dir.toAbsolutePath());
        }
        Path file = blank(tasks) ? null : Path.of(tasks);
        if (file != null && !Files.isRegularFile(file)) {
            throw new IllegalArgumentException("tasks file not found: " + file.toAbsolutePath());
        }
        return new TaskOrigin(dir, file);
    }

    /** @return whether the user named tasks (BFCL or a file) instead of taking the built-in ones */
    public boolean named() {
        return bfclDir != null || tasksFile != null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
