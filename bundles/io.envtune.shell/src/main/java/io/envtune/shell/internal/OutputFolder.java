package io.envtune.shell.internal;

import io.envtune.cli.ArgumentException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Guards a command's output folder: a folder that already holds a training run or an evaluation is refused unless
 * the user said {@code --force}, so no run is overwritten by accident.
 */
final class OutputFolder {

    private static final List<String> RUN_FILES = List.of("config.json", "state.json", "curriculum.json");
    private static final List<String> EVAL_FILES = List.of("summary.json", "records.jsonl");

    private OutputFolder() {
    }

    /**
     * @param dir a folder
     * @return what it holds ({@code "a training run"} or {@code "an evaluation"}), or empty when neither
     */
    static Optional<String> holds(Path dir) {
        if (RUN_FILES.stream().anyMatch(f -> Files.exists(dir.resolve(f)))) {
            return Optional.of("a training run");
        }
        if (EVAL_FILES.stream().anyMatch(f -> Files.exists(dir.resolve(f)))) {
            return Optional.of("an evaluation");
        }
        return Optional.empty();
    }

    /**
     * Refuses {@code dir} when it holds a run or an evaluation and {@code force} is false.
     *
     * @param command the command, for the refusal
     * @param dir the output folder
     * @param force whether the user allowed reusing it
     * @throws ArgumentException when refused (nothing was written)
     */
    static void claim(String command, Path dir, boolean force) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new ArgumentException(command + ": --out " + dir + " is a file, not a folder");
        }
        Optional<String> held = holds(dir);
        if (held.isPresent() && !force) {
            throw new ArgumentException(command + ": --out " + dir + " already holds " + held.get()
                + "; choose a new folder, or add --force to replace it");
        }
    }

    /**
     * Moves a folder that holds a run aside ({@code <dir>.replaced-<time>}), so a forced fresh run starts empty and
     * nothing is deleted.
     *
     * @param dir the run folder
     * @return where the old contents went, or empty when there was nothing to move
     * @throws IOException when the move fails
     */
    static Optional<Path> moveAside(Path dir) throws IOException {
        if (holds(dir).isEmpty()) {
            return Optional.empty();
        }
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path aside = dir.resolveSibling(dir.getFileName() + ".replaced-" + stamp);
        Files.move(dir.toAbsolutePath(), aside.toAbsolutePath(), StandardCopyOption.ATOMIC_MOVE);
        return Optional.of(aside);
    }
}
