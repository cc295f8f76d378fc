package io.envtune.policy.djl.internal;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The parameters of one model as float32 engine arrays, keyed by Hugging Face tensor name, owned by one manager.
 */
public final class Weights implements AutoCloseable {

    /** The single-file checkpoint name. */
    public static final String SINGLE = "model.safetensors";
    /** The shard index name. */
    public static final String INDEX = "model.safetensors.index.json";

    private final NDManager manager;
    private final Map<String, NDArray> params;

    private Weights(NDManager manager, Map<String, NDArray> params) {
        this.manager = manager;
        this.params = params;
    }

    /**
     * Creates engine arrays from host tensors, checking every expected name and shape.
     *
     * @param config the architecture
     * @param host name to tensor (extra names, e.g. a tied {@code lm_head.weight}, are ignored)
     * @param device where the arrays live
     * @return the weights
     */
    public static Weights fromHost(ModelConfig config, Map<String, HostTensor> host, Device device) {
        return DjlRuntime.call(() -> {
            NDManager manager = NDManager.newBaseManager(device, DjlRuntime.ENGINE);
            Map<String, NDArray> params = new LinkedHashMap<>();
            try {
                for (Map.Entry<String, long[]> e : WeightLayout.expected(config).entrySet()) {
                    HostTensor t = host.get(e.getKey());
                    if (t == null) {
                        throw new IllegalArgumentException("checkpoint lacks tensor " + e.getKey());
                    }
                    if (!Arrays.equals(t.shape(), e.getValue())) {
                        throw new IllegalArgumentException("tensor " + e.getKey() + " has shape "
                                + Arrays.toString(t.shape()) + ", config implies " + Arrays.toString(e.getValue()));
                    }
                    NDArray a = manager.create(t.toFloat32Direct(), new Shape(e.getValue()), DataType.FLOAT32);
                    a.setName(e.getKey());
                    params.put(e.getKey(), a);
                }
            } catch (RuntimeException e) {
                manager.close();
                throw e;
            }
            return new Weights(manager, params);
        });
    }

    /**
     * Reads {@code model.safetensors}, or the shards named by {@code model.safetensors.index.json}, or every
     * {@code model-*.safetensors} of a folder.
     *
     * @param dir the model folder
     * @return name to tensor over all files
     */
    public static Map<String, HostTensor> readFolder(Path dir) {
        Map<String, HostTensor> all = new LinkedHashMap<>();
        for (Path file : weightFiles(dir)) {
            all.putAll(SafeTensors.read(file).tensors());
        }
        return all;
    }

    private static Set<Path> weightFiles(Path dir) {
        Set<Path> files = new TreeSet<>();
        try {
            if (Files.isRegularFile(dir.resolve(SINGLE))) {
                files.add(dir.resolve(SINGLE));
            } else if (Files.isRegularFile(dir.resolve(INDEX))) {
                JsonObject index = new Gson().fromJson(Files.readString(dir.resolve(INDEX)), JsonObject.class);
                index.getAsJsonObject("weight_map").entrySet()
                        .forEach(e -> files.add(dir.resolve(e.getValue().getAsString())));
            } else {
                try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "model-*.safetensors")) {
                    ds.forEach(files::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list weights in " + dir, e);
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no model.safetensors, index or model-*.safetensors in " + dir);
        }
        return files;
    }

    /**
     * @param name a Hugging Face tensor name
     * @return the array
     */
    public NDArray get(String name) {
        NDArray a = params.get(name);
        if (a == null) {
            throw new IllegalArgumentException("no parameter " + name);
        }
        return a;
    }

    /** @return name to array, in layout order (live arrays: do not close) */
    public Map<String, NDArray> all() {
        return params;
    }

    /** @return the owning manager */
    public NDManager manager() {
        return manager;
    }

    /**
     * Copies the current values to host memory (for saving).
     *
     * @return name to float32 tensor
     */
    public Map<String, HostTensor> toHost() {
        return DjlRuntime.call(() -> {
            Map<String, HostTensor> out = new LinkedHashMap<>();
            params.forEach((name, a) -> out.put(name, host(a)));
            return out;
        });
    }

    /**
     * @param a an engine array
     * @return its float32 host copy
     */
    public static HostTensor host(NDArray a) {
        ByteBuffer raw = a.toType(DataType.FLOAT32, false).toByteBuffer();
        ByteBuffer copy = ByteBuffer.allocate(raw.remaining()).order(ByteOrder.LITTLE_ENDIAN);
        copy.put(raw.order(ByteOrder.LITTLE_ENDIAN)).flip();
        return new HostTensor("F32", a.getShape().getShape(), copy);
    }

    /**
     * A deep copy on its own manager (the frozen reference policy).
     *
     * @return the copy
     */
    public Weights copy() {
        return DjlRuntime.call(() -> {
            NDManager m = NDManager.newBaseManager(manager.getDevice(), DjlRuntime.ENGINE);
            Map<String, NDArray> out = new LinkedHashMap<>();
            params.forEach((name, a) -> {
                NDArray c = a.duplicate();
                c.attach(m);
                out.put(name, c);
            });
            return new Weights(m, out);
        });
    }

    /**
     * Overwrites every parameter in place from host tensors of the same names and shapes.
     *
     * @param host name to tensor
     */
    public void assign(Map<String, HostTensor> host) {
        DjlRuntime.run(() -> params.forEach((name, a) -> {
            HostTensor t = host.get(name);
            if (t == null || !Arrays.equals(t.shape(), a.getShape().getShape())) {
                throw new IllegalArgumentException("checkpoint lacks " + name + " or its shape differs");
            }
            a.set(t.toFloat32Direct());
        }));
    }

    @Override
    public void close() {
        DjlRuntime.run(manager::close);
    }
}
