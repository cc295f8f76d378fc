package io.envtune.toolkit;

import io.envtune.toolkit.internal.python.JsonValues;
import io.envtune.toolkit.internal.python.PyEllipsis;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The long-context padding constants of BFCL ({@code long_context_constants.json} in a BFCL data folder), read at run
 * time, never committed. Immutable once loaded (read-only collections); callers deep-copy what they mutate. The
 * last element of {@code WATCH_LIST_EXTENSION} is {@link PyEllipsis#INSTANCE}. Thread-safe.
 */
public final class LongContextData {

    /** The file name inside a BFCL data folder. */
    public static final String FILE_NAME = "long_context_constants.json";

    private final Map<String, Object> values;

    private LongContextData(Map<String, Object> values) {
        this.values = values;
    }

    /**
     * @param dataDir a BFCL data folder
     * @return the constants
     * @throws IllegalArgumentException when the file is missing or malformed, naming the path
     */
    public static LongContextData load(Path dataDir) {
        if (dataDir == null) {
            throw new IllegalArgumentException("no BFCL data folder given for " + FILE_NAME);
        }
        Path file = dataDir.resolve(FILE_NAME);
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e, e);
        }
        Object value;
        try {
            value = JsonValues.fromJson(json);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("malformed " + file + ": " + e.getMessage(), e);
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("malformed " + file + ": not a JSON object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> frozen = (Map<String, Object>) freeze(map);
        return new LongContextData(frozen);
    }

    /** Read-only views all the way down, so a caller that forgets to copy fails loudly instead of leaking state. */
    private static Object freeze(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, freeze(v)));
            return Collections.unmodifiableMap(out);
        } else if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(freeze(v)));
            return Collections.unmodifiableList(out);
        }
        return value;
    }

    /** @return the constant names, in file order */
    public java.util.Set<String> names() {
        return values.keySet();
    }

    /**
     * @param name a constant name, e.g. {@code FILE_CONTENT_EXTENSION}
     * @return its value (Python value model, read-only views: copy with {@link JsonValues#deepCopy} to mutate)
     * @throws IllegalArgumentException for an unknown name
     */
    public Object get(String name) {
        Object v = values.get(name);
        if (v == null && !values.containsKey(name)) {
            throw new IllegalArgumentException("no long-context constant " + name);
        }
        return v;
    }
}
