package io.envtune.toolkit.internal.python;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import io.envtune.toolkit.value.PyTuple;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads JSON (scenarios, fixtures, padding data) into the Python value model: objects → LinkedHashMap in order,
 * integer literals → Long/BigInteger, literals with {@code .}/{@code e} → Double, {@code {"__python_ellipsis__": true}}
 * → {@link PyEllipsis}. Also deep copies values (Python's {@code deepcopy} for plain data).
 */
public final class JsonValues {

    /** The marker object that stands for Python's Ellipsis in BFCL's extracted constants. */
    static final String ELLIPSIS_KEY = "__python_ellipsis__";

    private static final Pattern WHERE = Pattern.compile("line (\\d+) column (\\d+)");

    private JsonValues() {
    }

    /**
     * @param json JSON text
     * @return the Python value
     * @throws IllegalArgumentException when the text is not JSON
     */
    public static Object fromJson(String json) {
        try (JsonReader reader = new JsonReader(new StringReader(json))) {
            reader.setStrictness(Strictness.LEGACY_STRICT);
            Object value = read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new IllegalArgumentException("not JSON: text after the JSON value");
            }
            return value;
        } catch (IllegalArgumentException e) {
            if (!(e instanceof NumberFormatException)) {
                throw e;
            }
            throw new IllegalArgumentException("not JSON: a malformed number", e);
        } catch (IOException | RuntimeException e) {
            // Gson's text advises on its own API ("Use JsonReader.setStrictness...") and links its docs; the model
            // and the user see only where the JSON broke.
            throw new IllegalArgumentException("not JSON" + where(e) + " (strict JSON: double quotes, no comments, "
                + "no trailing commas)", e);
        }
    }

    private static String where(Throwable e) {
        Matcher m = WHERE.matcher(String.valueOf(e.getMessage()));
        return m.find() ? ": malformed at line " + m.group(1) + " column " + m.group(2) : ": malformed";
    }

    /**
     * Reads the next JSON value from a streaming reader into the Python value model.
     *
     * @param reader a reader positioned before a value
     * @return the Python value
     * @throws IOException when the JSON is malformed
     */
    public static Object read(JsonReader reader) throws IOException {
        switch (reader.peek()) {
            case BEGIN_OBJECT:
                return readObject(reader);
            case BEGIN_ARRAY:
                List<Object> list = new ArrayList<>();
                reader.beginArray();
                while (reader.hasNext()) {
                    list.add(read(reader));
                }
                reader.endArray();
                return list;
            case STRING:
                return reader.nextString();
            case NUMBER:
                return number(reader.nextString());
            case BOOLEAN:
                return reader.nextBoolean();
            case NULL:
                reader.nextNull();
                return null;
            default:
                throw new IOException("unexpected " + reader.peek() + " at " + reader.getPath());
        }
    }

    private static Object readObject(JsonReader reader) throws IOException {
        Map<String, Object> map = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
            String key = reader.nextName();
            map.put(key, read(reader));
        }
        reader.endObject();
        if (map.size() == 1 && Boolean.TRUE.equals(map.get(ELLIPSIS_KEY))) {
            return PyEllipsis.INSTANCE;
        }
        return map;
    }

    /**
     * A JSON number literal as Python's {@code json} reads it: int unless it has a fraction or exponent.
     *
     * @param literal the literal text
     * @return Long, BigInteger or Double
     */
    public static Object number(String literal) {
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return Double.parseDouble(literal);
            }
        }
        if (literal.length() < 18) {
            return Long.parseLong(literal);
        }
        // Python's json reads ints with int(), which refuses more than 4300 digits (and parsing them is quadratic).
        return NumberText.parseInt(literal);
    }

    /**
     * @param value a Python value of plain data (no PyObject)
     * @return a deep copy with fresh mutable containers
     */
    public static Object deepCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>(Math.max(4, map.size() * 2));
            for (Map.Entry<?, ?> e : map.entrySet()) {
                copy.put(e.getKey(), deepCopy(e.getValue()));
            }
            return copy;
        } else if (value instanceof List<?> list) {
            return copyList(list);
        } else if (value instanceof Set<?> set) {
            Set<Object> copy = new LinkedHashSet<>();
            for (Object item : set) {
                copy.add(deepCopy(item));
            }
            return copy;
        } else if (value instanceof PyTuple t) {
            return new PyTuple(copyList(t.items()));
        }
        return value;
    }

    private static List<Object> copyList(List<?> list) {
        List<Object> copy = new ArrayList<>(list.size());
        for (Object item : list) {
            copy.add(deepCopy(item));
        }
        return copy;
    }
}
