package io.envtune.policy.djl.internal;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.filter.Filter;
import java.util.Iterator;
import java.util.Map;

/**
 * The {@code tojson} filter as Hugging Face defines it for chat templates: Python's {@code json.dumps} with
 * {@code ensure_ascii=False} and the default separators {@code ", "} and {@code ": "} (an optional first argument is
 * the indent).
 */
public final class PyJsonFilter implements Filter {

    @Override
    public String getName() {
        return "tojson";
    }

    @Override
    public Object filter(Object var, JinjavaInterpreter interpreter, String... args) {
        int indent = args.length > 0 && args[0] != null && !args[0].isBlank() ? Integer.parseInt(args[0].trim()) : -1;
        StringBuilder out = new StringBuilder();
        write(out, var, indent, 0);
        return out.toString();
    }

    /**
     * @param value a plain value (maps, iterables, strings, numbers, booleans, null)
     * @return its {@code json.dumps} text
     */
    public static String dumps(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, -1, 0);
        return out.toString();
    }

    private static void write(StringBuilder out, Object v, int indent, int depth) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof String || v instanceof Character) {
            string(out, v.toString());
        } else if (v instanceof Boolean) {
            out.append(((Boolean) v) ? "true" : "false");
        } else if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            out.append(d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e16 ? (long) d + ".0"
                    : Double.toString(d));
        } else if (v instanceof Number) {
            out.append(v);
        } else if (v instanceof Map) {
            container(out, ((Map<?, ?>) v).entrySet().iterator(), '{', '}', indent, depth);
        } else if (v instanceof Iterable) {
            container(out, ((Iterable<?>) v).iterator(), '[', ']', indent, depth);
        } else {
            string(out, v.toString());
        }
    }

    private static void container(StringBuilder out, Iterator<?> it, char open, char close, int indent, int depth) {
        out.append(open);
        if (!it.hasNext()) {
            out.append(close);
            return;
        }
        boolean first = true;
        while (it.hasNext()) {
            Object item = it.next();
            if (!first) {
                out.append(indent >= 0 ? "," : ", ");
            }
            first = false;
            newline(out, indent, depth + 1);
            if (item instanceof Map.Entry) {
                Map.Entry<?, ?> e = (Map.Entry<?, ?>) item;
                string(out, String.valueOf(e.getKey()));
                out.append(": ");
                write(out, e.getValue(), indent, depth + 1);
            } else {
                write(out, item, indent, depth + 1);
            }
        }
        newline(out, indent, depth);
        out.append(close);
    }

    private static void newline(StringBuilder out, int indent, int depth) {
        if (indent >= 0) {
            out.append('\n').append(" ".repeat(indent * depth));
        }
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                case '\b': out.append("\\b"); break;
                case '\f': out.append("\\f"); break;
                default:
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }
}
