package io.envtune.runtime.fuzz;

import io.envtune.api.ToolCall;
import io.envtune.api.ToolSpec;
import io.envtune.toolkit.PyCalls;
import io.envtune.toolkit.PyText;
import io.envtune.toolkit.fuzz.CallMutator;
import io.envtune.toolkit.fuzz.CallShape;
import io.envtune.toolkit.fuzz.FuzzRun;
import io.envtune.toolkit.fuzz.Hostile;
import io.envtune.toolkit.fuzz.RegressionLines;
import io.envtune.toolkit.value.NotSerializableException;
import io.envtune.toolkit.value.PyException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Ground-truth calls in the paper's JSON form ({@code {"name": ..., "arguments": {...}}}) and grammar-aware mutations
 * of that JSON: other, unknown, blacklisted, injected or non-string names; missing, extra and oddly named arguments;
 * values of the wrong type, hostile strings, huge numbers, deep nesting; entries and argument objects of the wrong
 * type; and text-level damage (truncation, Python quotes, comments, NaN, trailing data).
 */
public final class JsonCallMutator {

    private static final List<String> NAMES = List.of("kill", "exit", "os.system", "", " ", "cd(folder='..'); kill",
        "ls(a=True) #", "CD", "ｃｄ", "__import__('os').system", "cd.__class__", "x" + "y".repeat(300), "\u0000",
        "print", "mv\n", "lambda: 1", "cd)", "cd(");
    private static final List<String> ODD_KEYS = List.of("", "a=b", "x)", "__class__", "folder='..',x", "self",
        "kwargs", "**", "1", "\u0000", "λ", " folder", "folder ", "k" + "e".repeat(500));
    private static final List<String> TEXT_DAMAGE = List.of("'", ",", "]", "[", "}", "{", "//c", "/*", "NaN",
        "Infinity", "-Infinity", "\ufeff", "```", "\"", "\\", "\u0000", "null", "1e99999", "-0", "tru");

    /** Stands for 10,000 nested lists, spliced into the JSON text: no JSON writer recurses that deep. */
    private static final String DEEP = "\u0001deep\u0001";
    private static final String DEEP_JSON = "\"\\u0001deep\\u0001\"";

    private final Map<String, ToolSpec> specs;

    /** @param specs every tool spec by name, to name positional ground-truth arguments */
    public JsonCallMutator(Map<String, ToolSpec> specs) {
        this.specs = specs;
    }

    /**
     * @param callText a ground-truth call in Python syntax
     * @return the call as the JSON object the paper's format uses
     */
    public Map<String, Object> toJson(String callText) {
        ToolCall call;
        try {
            call = PyCalls.parse(callText);
        } catch (PyException e) {
            Map<String, Object> raw = new LinkedHashMap<>();
            raw.put("name", callText);
            raw.put("arguments", new LinkedHashMap<>());
            return raw;
        }
        Map<String, Object> args = new LinkedHashMap<>();
        ToolSpec spec = specs.get(call.name());
        for (int i = 0; i < call.args().size(); i++) {
            String name = spec != null && i < spec.parameters().size() ? spec.parameters().get(i).name() : "arg" + i;
            args.put(name, call.args().get(i));
        }
        args.putAll(call.kwargs());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", call.name());
        json.put("arguments", args);
        return json;
    }

    /**
     * @param r the case's random source
     * @param calls ground-truth calls in Python syntax
     * @return the JSON text of a mutated call list
     */
    public String mutated(Random r, List<String> calls) {
        List<Object> list = new ArrayList<>();
        calls.forEach(c -> list.add(toJson(c)));
        int rounds = r.nextInt(3);
        for (int i = 0; i < rounds && !list.isEmpty(); i++) {
            mutateStructure(r, list);
        }
        String text = dumps(r, list.size() == 1 && r.nextInt(5) == 0 ? list.get(0) : list)
            .replace(DEEP_JSON, "[".repeat(Hostile.DEEP) + "]".repeat(Hostile.DEEP));
        return r.nextInt(6) == 0 ? damage(r, text) : text;
    }

    @SuppressWarnings("unchecked")
    private void mutateStructure(Random r, List<Object> list) {
        int i = r.nextInt(list.size());
        Object entry = list.get(i);
        if (!(entry instanceof LinkedHashMap<?, ?>)) {
            return;
        }
        Map<String, Object> call = (Map<String, Object>) entry;
        Object args = call.get("arguments");
        Map<String, Object> a = args instanceof LinkedHashMap<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>();
        String key = a.isEmpty() ? null : new ArrayList<>(a.keySet()).get(r.nextInt(a.size()));
        switch (r.nextInt(12)) {
            case 0 -> call.put("name", r.nextBoolean() ? Hostile.pick(r, NAMES) : oddValue(r));
            case 1 -> a.remove(key);
            case 2 -> a.put(Hostile.pick(r, ODD_KEYS), value(r));
            case 3, 4 -> a.put(key == null ? "x" : key, value(r));
            case 5 -> call.put("arguments", oddValue(r));
            case 6 -> list.set(i, oddValue(r));
            case 7 -> list.add(entry);
            case 8 -> list.addAll(java.util.Collections.nCopies(1 + r.nextInt(300), entry));
            case 9 -> call.remove(r.nextBoolean() ? "name" : "arguments");
            case 10 -> list.clear();
            default -> call.put("extra", value(r));
        }
    }

    /** A JSON value a tool does not expect: wrong types, hostile strings, huge numbers, deep nesting. */
    private static Object value(Random r) {
        return switch (r.nextInt(10)) {
            case 0 -> oddValue(r);
            case 1, 2 -> Hostile.content(r);
            case 3 -> r.nextInt(10) == 0 ? "a".repeat(150_000) : Hostile.path(r);
            case 4 -> new java.math.BigInteger("1" + "0".repeat(r.nextBoolean() ? 4000 : 10_000));
            case 5 -> r.nextInt(10) == 0 ? DEEP : nested(1 + r.nextInt(250));
            case 6 -> r.nextBoolean() ? Double.NaN : Double.NEGATIVE_INFINITY;
            case 7 -> Long.MIN_VALUE;
            case 8 -> -0.0;
            default -> List.of(Hostile.content(r), 1L, Map.of("k", List.of()));
        };
    }

    private static Object oddValue(Random r) {
        return switch (r.nextInt(7)) {
            case 0 -> 1L;
            case 1 -> "string";
            case 2 -> List.of(1L, "a");
            case 3 -> true;
            case 4 -> Map.of("name", Map.of());
            case 5 -> 3.5;
            default -> new ArrayList<>();
        };
    }

    private static Object nested(int depth) {
        Object v = List.of();
        for (int i = 0; i < depth; i++) {
            v = List.of(v);
        }
        return v;
    }

    /** json.dumps, or where it refuses (NaN is fine, a BigInteger past 4300 digits is not) the digits by hand. */
    private static String dumps(Random r, Object value) {
        try {
            return PyText.dumps(value);
        } catch (PyException | NotSerializableException e) {
            return rawJson(value);
        }
    }

    private static String rawJson(Object v) {
        if (v instanceof Map<?, ?> m) {
            List<String> parts = new ArrayList<>();
            m.forEach((k, x) -> parts.add(PyText.dumps(String.valueOf(k)) + ": " + rawJson(x)));
            return "{" + String.join(", ", parts) + "}";
        } else if (v instanceof Collection<?> c) {
            List<String> parts = new ArrayList<>();
            c.forEach(x -> parts.add(rawJson(x)));
            return "[" + String.join(", ", parts) + "]";
        } else if (v instanceof java.math.BigInteger b) {
            return b.toString();
        }
        try {
            return PyText.dumps(v);
        } catch (RuntimeException e) {
            return "null";
        }
    }

    private static String damage(Random r, String text) {
        int at = r.nextInt(text.length() + 1);
        return switch (r.nextInt(4)) {
            case 0 -> text.substring(0, at);
            case 1 -> text.substring(0, at) + Hostile.pick(r, TEXT_DAMAGE) + text.substring(at);
            case 2 -> text.replace('"', '\'');
            default -> text + Hostile.pick(r, TEXT_DAMAGE);
        };
    }
}
