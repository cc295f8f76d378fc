package io.envtune.runtime;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files atomically: into a temporary file in the target's folder, then a rename over the target, so a reader
 * (or a restart after a kill) sees the old file or the new one, never a torn one.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Something that writes the whole content of a file. */
    @FunctionalInterface
    public interface Content {
        /**
         * @param out the writer of the temporary file
         * @throws IOException when writing fails
         */
        void writeTo(Writer out) throws IOException;
    }

    /**
     * @param file the target (its folder is created when missing)
     * @param content what to write
     * @throws IOException when writing fails; the previous file is then untouched and no temporary file is left
     */
    public static void write(Path file, Content content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                content.writeTo(w);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * @param file the target
     * @param text the whole content
     * @throws IOException when writing fails
     */
    public static void writeString(Path file, String text) throws IOException {
        write(file, w -> w.write(text));
    }
}
