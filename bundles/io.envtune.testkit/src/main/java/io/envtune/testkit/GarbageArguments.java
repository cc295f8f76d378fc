package io.envtune.testkit;

import io.envtune.api.ToolCall;
import io.envtune.api.ToolParameter;
import io.envtune.api.ToolSpec;
import io.envtune.toolkit.value.PyTuple;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Calls with arguments of wrong types and shapes for one tool, built fresh for every call (tools may mutate what they
 * are given, as Python tools may).
 */
final class GarbageArguments {

    /** Values of every kind a model might send where something else is expected. */
    private static final List<Supplier<Object>> VALUES = List.of(
            () -> null, () -> Boolean.TRUE, () -> -1L, () -> 0L, () -> new BigInteger("1" + "0".repeat(30)),
            () -> -1e308, () -> Double.NaN, () -> "", () -> "../x/y\\z*?", () -> "x".repeat(10_000),
            ArrayList::new, () -> new ArrayList<>(Arrays.asList(null, 1L, "a", 2.5)),
            () -> new ArrayList<>(List.of(new ArrayList<>(List.of(new ArrayList<>())))),
            LinkedHashMap::new, GarbageArguments::nestedMap, () -> new PyTuple(List.of(1L, "a")));

    private GarbageArguments() {
    }

    private static Object nestedMap() {
        Map<Object, Object> inner = new LinkedHashMap<>();
        inner.put("b", null);
        Map<Object, Object> outer = new LinkedHashMap<>();
        outer.put("a", inner);
        outer.put(7L, "seven");
        return outer;
    }

    /** @return one call per (parameter, garbage value), the other parameters given plausible values */
    static List<ToolCall> wrongTypes(ToolSpec spec) {
        List<ToolCall> calls = new ArrayList<>();
        for (ToolParameter target : spec.parameters()) {
            for (Supplier<Object> value : VALUES) {
                Map<String, Object> kwargs = new LinkedHashMap<>();
                for (ToolParameter p : spec.parameters()) {
                    kwargs.put(p.name(), p == target ? value.get() : plausible(p.type()));
                }
                calls.add(ToolCall.ofKeywords(spec.name(), kwargs));
            }
        }
        return calls;
    }

    /** @return a call with every parameter plus one the tool does not have */
    static ToolCall unexpectedKeyword(ToolSpec spec) {
        Map<String, Object> kwargs = new LinkedHashMap<>();
        spec.parameters().forEach(p -> kwargs.put(p.name(), plausible(p.type())));
        kwargs.put("__no_such_parameter__", 1L);
        return ToolCall.ofKeywords(spec.name(), kwargs);
    }

    /** @return a call with one positional argument more than the tool takes */
    static ToolCall tooManyPositional(ToolSpec spec) {
        List<Object> args = new ArrayList<>();
        spec.parameters().forEach(p -> args.add(plausible(p.type())));
        args.add("surplus");
        return new ToolCall(spec.name(), args, Map.of());
    }

    /** A value of the declared type, so that only the parameter under test is wrong. */
    static Object plausible(String type) {
        return switch (type == null ? "" : type) {
            case "integer" -> 1L;
            case "float", "number" -> 1.0;
            case "boolean" -> Boolean.TRUE;
            case "array" -> new ArrayList<>(List.of("x"));
            case "dict", "object" -> new LinkedHashMap<>(Map.of("x", "x"));
            default -> "x";
        };
    }
}
