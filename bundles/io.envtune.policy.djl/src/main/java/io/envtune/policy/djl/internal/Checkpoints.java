package io.envtune.policy.djl.internal;

import io.envtune.runtime.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** File helpers for checkpoints: the optimiser file name, text reading, copying the non-weight model files. */
public final class Checkpoints {

    /** The optimiser state file written beside {@code model.safetensors}. */
    public static final String OPTIMIZER = "optimizer.safetensors";
    /** The model files other than weights that make a checkpoint folder loadable on its own. */
    static final List<String> MODEL_FILES = List.of("config.json", "generation_config.json", "tokenizer.json",
            "tokenizer_config.json", "special_tokens_map.json");

    private Checkpoints() {
    }

    /**
     * @param file a UTF-8 text file
     * @return its content
     */
    public static String readText(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Copies the configuration and tokenizer files (each atomically) so the target is a complete model folder.
     *
     * @param from the model folder
     * @param to the checkpoint folder
     */
    public static void copyModelFiles(Path from, Path to) {
        try {
            Files.createDirectories(to);
            if (Files.isSameFile(from, to)) {
                return;
            }
            for (String name : MODEL_FILES) {
                Path src = from.resolve(name);
                if (Files.isRegularFile(src)) {
                    AtomicFiles.copy(src, to.resolve(name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy model files to " + to, e);
        }
    }

    /**
     * Deletes a folder and everything below it, best effort (a temporary model folder left behind is harmless).
     *
     * @param dir the folder
     */
    public static void deleteQuietly(Path dir) {
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort, see above
        }
    }
}
