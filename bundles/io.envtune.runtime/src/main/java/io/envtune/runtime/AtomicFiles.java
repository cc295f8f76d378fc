package io.envtune.runtime;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The one atomic file writer of envtune: into a temporary file in the target's folder ({@code .NAME…tmp}), forced
 * to the disk, then renamed over the target, so a reader (or a restart after a kill) sees the old file or the new
 * one, never a torn one; a failed write leaves the previous file untouched and no temporary file behind. Text,
 * bytes, a stream of buffers and file copies all go through {@link #writeChannel}. Stateless and thread-safe (two
 * writers of one target race: the last rename wins, each file whole).
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Something that writes the whole content of a text file. */
    @FunctionalInterface
    public interface Content {
        /**
         * @param out the writer of the temporary file (UTF-8)
         * @throws IOException when writing fails
         */
        void writeTo(Writer out) throws IOException;
    }

    /** Something that writes the whole content of a binary file. */
    @FunctionalInterface
    public interface Bytes {
        /**
         * @param out the channel of the temporary file
         * @throws IOException when writing fails
         */
        void writeTo(WritableByteChannel out) throws IOException;
    }

    /**
     * @param file the target (its folder is created when missing)
     * @param content what to write
     * @throws IOException when writing fails; the previous file is then untouched and no temporary file is left
     */
    public static void writeChannel(Path file, Bytes content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
                content.writeTo(ch);
                ch.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * @param file the target (its folder is created when missing)
     * @param content what to write, as UTF-8 text
     * @throws IOException when writing fails; the previous file is then untouched and no temporary file is left
     */
    public static void write(Path file, Content content) throws IOException {
        writeChannel(file, ch -> {
            // Not closed here: closing would close the channel before it is forced; the channel's owner closes it.
            Writer w = new BufferedWriter(Channels.newWriter(ch, StandardCharsets.UTF_8));
            content.writeTo(w);
            w.flush();
        });
    }

    /**
     * @param file the target
     * @param text the whole content
     * @throws IOException when writing fails
     */
    public static void writeString(Path file, String text) throws IOException {
        write(file, w -> w.write(text));
    }

    /**
     * @param file the target
     * @param bytes the whole content
     * @throws IOException when writing fails
     */
    public static void writeBytes(Path file, byte[] bytes) throws IOException {
        writeChannel(file, ch -> writeFully(ch, ByteBuffer.wrap(bytes)));
    }

    /**
     * Copies a file so that the target is replaced whole or not at all.
     *
     * @param from the source file
     * @param to the target
     * @throws IOException when reading or writing fails
     */
    public static void copy(Path from, Path to) throws IOException {
        writeChannel(to, ch -> {
            try (FileChannel in = FileChannel.open(from, StandardOpenOption.READ)) {
                long size = in.size();
                for (long done = 0; done < size; ) {
                    done += in.transferTo(done, size - done, ch);
                }
            }
        });
    }

    /**
     * @param ch a channel
     * @param buf the bytes from its position to its limit
     * @throws IOException when writing fails
     */
    public static void writeFully(WritableByteChannel ch, ByteBuffer buf) throws IOException {
        while (buf.hasRemaining()) {
            ch.write(buf);
        }
    }
}
