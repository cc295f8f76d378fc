package io.envtune.policy.djl.internal;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.envtune.runtime.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The safetensors format: an 8-byte little-endian header length, a JSON header (name to dtype, shape and data
 * offsets relative to the data section, plus optional string {@code __metadata__}), then raw little-endian data.
 */
public final class SafeTensors {

    private static final Gson GSON = new Gson();
    private static final String METADATA = "__metadata__";

    private SafeTensors() {
    }

    /**
     * A read file: its tensors (backed by a read-only file mapping) and its metadata.
     *
     * @param tensors name to tensor, in file order
     * @param metadata the string metadata (empty if none)
     */
    public record Contents(Map<String, HostTensor> tensors, Map<String, String> metadata) {
    }

    /**
     * Reads a safetensors file. The tensors are views of a read-only memory mapping: copy before handing them to code
     * that writes in place.
     *
     * @param file the file
     * @return its contents
     */
    public static Contents read(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer lenBuf = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            readFully(ch, lenBuf, 0);
            long headerLen = lenBuf.flip().getLong();
            if (headerLen <= 0 || headerLen > 100_000_000L || 8 + headerLen > ch.size()) {
                throw new IllegalArgumentException(file + ": not a safetensors file (header length " + headerLen + ")");
            }
            ByteBuffer header = ByteBuffer.allocate((int) headerLen);
            readFully(ch, header, 8);
            JsonObject json = GSON.fromJson(new String(header.array(), StandardCharsets.UTF_8), JsonObject.class);
            long dataStart = 8 + headerLen;
            Map<String, HostTensor> tensors = new LinkedHashMap<>();
            Map<String, String> metadata = new LinkedHashMap<>();
            for (Map.Entry<String, JsonElement> e : json.entrySet()) {
                if (METADATA.equals(e.getKey())) {
                    e.getValue().getAsJsonObject().entrySet()
                            .forEach(m -> metadata.put(m.getKey(), m.getValue().getAsString()));
                    continue;
                }
                JsonObject t = e.getValue().getAsJsonObject();
                JsonArray offsets = t.getAsJsonArray("data_offsets");
                long begin = offsets.get(0).getAsLong();
                long end = offsets.get(1).getAsLong();
                if (begin < 0 || end < begin || dataStart + end > ch.size()) {
                    throw new IllegalArgumentException(file + ": bad offsets for " + e.getKey());
                }
                ByteBuffer data = ch.map(FileChannel.MapMode.READ_ONLY, dataStart + begin, end - begin);
                tensors.put(e.getKey(), new HostTensor(t.get("dtype").getAsString(), shapeOf(t.getAsJsonArray("shape")),
                        data));
            }
            return new Contents(tensors, metadata);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static long[] shapeOf(JsonArray shape) {
        long[] out = new long[shape.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = shape.get(i).getAsLong();
        }
        return out;
    }

    private static void readFully(FileChannel ch, ByteBuffer buf, long position) throws IOException {
        long pos = position;
        while (buf.hasRemaining()) {
            int n = ch.read(buf, pos);
            if (n < 0) {
                throw new IOException("unexpected end of file");
            }
            pos += n;
        }
    }

    /**
     * Writes tensors (sorted by name) atomically: to a temporary file in the same folder, then renamed over the
     * target, so a reader never sees a half-written file.
     *
     * @param file the target file
     * @param tensors name to tensor
     * @param metadata string metadata (may be empty)
     */
    public static void write(Path file, Map<String, HostTensor> tensors, Map<String, String> metadata) {
        Map<String, HostTensor> sorted = new TreeMap<>(tensors);
        JsonObject header = new JsonObject();
        if (!metadata.isEmpty()) {
            JsonObject meta = new JsonObject();
            metadata.forEach(meta::addProperty);
            header.add(METADATA, meta);
        }
        long offset = 0;
        for (Map.Entry<String, HostTensor> e : sorted.entrySet()) {
            HostTensor t = e.getValue();
            JsonObject entry = new JsonObject();
            entry.addProperty("dtype", t.dtype());
            JsonArray shape = new JsonArray();
            for (long d : t.shape()) {
                shape.add(d);
            }
            entry.add("shape", shape);
            JsonArray offsets = new JsonArray();
            offsets.add(offset);
            offset += t.data().remaining();
            offsets.add(offset);
            entry.add("data_offsets", offsets);
            header.add(e.getKey(), entry);
        }
        byte[] json = GSON.toJson(header).getBytes(StandardCharsets.UTF_8);
        int padded = (json.length + 7) / 8 * 8; // keeps the data section 8-byte aligned, as the reference writer does
        ByteBuffer head = ByteBuffer.allocate(8 + padded).order(ByteOrder.LITTLE_ENDIAN);
        head.putLong(padded).put(json);
        while (head.hasRemaining()) {
            head.put((byte) ' ');
        }
        head.flip();
        try {
            AtomicFiles.writeChannel(file, ch -> {
                AtomicFiles.writeFully(ch, head);
                for (HostTensor t : sorted.values()) {
                    AtomicFiles.writeFully(ch, t.data().duplicate());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
