package io.envtune.runtime;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The one atomic writer: whole files, and a failed write leaves the old file and no temporary file. */
public final class AtomicFilesTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void writesTextBytesAndCopiesWhole() throws IOException {
        Path dir = tmp.getRoot().toPath().resolve("a/b");
        Path text = dir.resolve("t.txt");
        AtomicFiles.writeString(text, "héllo\n");
        assertEquals("héllo\n", Files.readString(text, StandardCharsets.UTF_8));
        byte[] bytes = new byte[100_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Path bin = dir.resolve("b.bin");
        AtomicFiles.writeBytes(bin, bytes);
        AtomicFiles.copy(bin, dir.resolve("c.bin"));
        assertArrayEquals(bytes, Files.readAllBytes(dir.resolve("c.bin")));
        assertEquals(3, files(dir));
    }

    @Test
    public void aFailedWriteKeepsTheOldFileAndLeavesNoTemporary() throws IOException {
        Path file = tmp.getRoot().toPath().resolve("state.json");
        AtomicFiles.writeString(file, "old");
        try {
            AtomicFiles.write(file, w -> {
                w.write("half");
                throw new IOException("disk full");
            });
            fail();
        } catch (IOException e) {
            assertEquals("disk full", e.getMessage());
        }
        assertEquals("old", Files.readString(file));
        assertEquals(1, files(tmp.getRoot().toPath()));
    }

    private static long files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }
}
