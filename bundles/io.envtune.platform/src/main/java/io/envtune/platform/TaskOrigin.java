package io.envtune.platform;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The tasks a user named: a BFCL data folder ({@code --bfcl DIR}) and/or a tasks file ({@code --tasks FILE}, JSON
 * Lines in the task format of {@link io.envtune.toolkit.TaskLines}). Naming neither means the built-in tasks of the
 * registered task sources, or of one of them ({@code --source ID}, e.g. the tasks a dropped-in environment ships).
 *
 * @param bfclDir the BFCL data folder, or null
 * @param tasksFile the tasks file, or null
 * @param source the one task source whose built-in tasks count, or null for all of them
 */
public record TaskOrigin(Path bfclDir, Path tasksFile, String source) {

    /** No named tasks: the built-in ones of every source. */
    public static final TaskOrigin BUILTIN = new TaskOrigin(null, null, null);

    /**
     * @param bfclDir the BFCL data folder, or null
     * @param tasksFile the tasks file, or null
     */
    public TaskOrigin(Path bfclDir, Path tasksFile) {
        this(bfclDir, tasksFile, null);
    }

    /** Rejects a source filter beside named tasks, which take the place of every source. */
    public TaskOrigin {
        source = source == null || source.isBlank() ? null : source;
        if (source != null && (bfclDir != null || tasksFile != null)) {
            throw new IllegalArgumentException("--source picks built-in tasks; it cannot go with --bfcl or --tasks");
        }
    }

    /**
     * @param bfcl the {@code --bfcl} value, possibly null or blank
     * @param tasks the {@code --tasks} value, possibly null or blank
     * @return the origin
     * @throws IllegalArgumentException when a named folder or file does not exist
     */
    public static TaskOrigin of(String bfcl, String tasks) {
        return of(bfcl, tasks, null);
    }

    /**
     * @param bfcl the {@code --bfcl} value, possibly null or blank
     * @param tasks the {@code --tasks} value, possibly null or blank
     * @param source the {@code --source} value, possibly null or blank
     * @return the origin
     * @throws IllegalArgumentException when a named folder or file does not exist, or a source goes with them
     */
    public static TaskOrigin of(String bfcl, String tasks, String source) {
        Path dir = blank(bfcl) ? null : Path.of(bfcl);
        if (dir != null && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("BFCL data folder not found: " + dir.toAbsolutePath());
        }
        Path file = blank(tasks) ? null : Path.of(tasks);
        if (file != null && !Files.isRegularFile(file)) {
            throw new IllegalArgumentException("tasks file not found: " + file.toAbsolutePath());
        }
        return new TaskOrigin(dir, file, source);
    }

    /** @return whether the user named tasks (BFCL or a file) instead of taking the built-in ones */
    public boolean named() {
        return bfclDir != null || tasksFile != null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
