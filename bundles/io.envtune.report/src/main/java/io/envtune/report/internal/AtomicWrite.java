package io.envtune.report.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file through a temporary file in the same folder and a rename, so a reader (a browser refreshing the
 * report while a run writes it) sees the old file or the new one, never half of one.
 */
public final class AtomicWrite {

    private AtomicWrite() {
    }

    /**
     * @param file the target, replaced if it exists
     * @param bytes the whole content
     * @throws IOException when writing fails; the previous file is then untouched and no temporary file is left
     */
    public static void bytes(Path file, byte[] bytes) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * @param file the target, replaced if it exists
     * @param text the whole content, written as UTF-8
     * @throws IOException when writing fails
     */
    public static void text(Path file, String text) throws IOException {
        bytes(file, text.getBytes(StandardCharsets.UTF_8));
    }
}
