package io.envtune.runtime.fuzz;

import io.envtune.api.ToolCall;
import io.envtune.api.ToolParameter;
import io.envtune.api.ToolSpec;
import io.envtune.toolkit.PyCalls;
import io.envtune.toolkit.PyText;
import io.envtune.toolkit.fuzz.CallMutator;
import io.envtune.toolkit.fuzz.CallShape;
import io.envtune.toolkit.fuzz.FuzzRun;
import io.envtune.toolkit.fuzz.Hostile;
import io.envtune.toolkit.fuzz.RegressionLines;
import io.envtune.toolkit.value.PyException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Calls written from a tool's spec rather than from the ground truth, so that every tool of every domain is called,
 * including tools the ground truth never uses: each parameter is given (or left out) with a value the ground truth
 * used for a parameter of that name, a plain value of its declared type, or a hostile one.
 */
final class SpecCalls {

    private final Map<String, List<String>> seen = new HashMap<>();

    /**
     * @param corpus ground-truth calls, whose argument values are reused by parameter name
     * @param specs every tool spec by name, to name positional arguments
     */
    SpecCalls(List<String> corpus, Map<String, ToolSpec> specs) {
        for (String text : corpus) {
            try {
                ToolCall c = PyCalls.parse(text);
                ToolSpec spec = specs.get(c.name());
                for (int i = 0; i < c.args().size() && spec != null && i < spec.parameters().size(); i++) {
                    remember(spec.parameters().get(i).name(), c.args().get(i));
                }
                c.kwargs().forEach(this::remember);
            } catch (PyException e) {
                // A ground-truth call the parser refuses is covered by the parser's own tests.
            }
        }
    }

    private void remember(String name, Object value) {
        seen.computeIfAbsent(name, k -> new ArrayList<>()).add(PyText.repr(value));
    }

    /**
     * @param r the case's random source
     * @param spec the tool
     * @return a call of it in Python syntax
     */
    String call(Random r, ToolSpec spec) {
        List<String> args = new ArrayList<>();
        for (ToolParameter p : spec.parameters()) {
            if (r.nextInt(10) < (p.required() ? 9 : 5)) {
                args.add(p.name() + "=" + value(r, p));
            }
        }
        return spec.name() + "(" + String.join(", ", args) + ")";
    }

    private String value(Random r, ToolParameter p) {
        List<String> known = seen.get(p.name());
        int pick = r.nextInt(10);
        if (pick < 5 && known != null) {
            return Hostile.pick(r, known);
        } else if (pick < 8) {
            return plain(r, p.type());
        } else if (pick < 9) {
            return Hostile.wrongType(r);
        }
        return Hostile.quote(Hostile.content(r));
    }

    private static String plain(Random r, String type) {
        return switch (type) {
            case "integer" -> Hostile.pick(r, List.of("0", "1", "-1", "5", "100", "2**31", "10**20"));
            case "float", "number" -> Hostile.pick(r, List.of("0.0", "1.5", "-3.25", "1e300", "float('inf')"));
            case "boolean" -> r.nextBoolean() ? "True" : "False";
            case "array" -> Hostile.pick(r, List.of("[]", "['a']", "[1, 2, 3]", "[1.5, -2.0]", "[None]"));
            case "dict" -> Hostile.pick(r, List.of("{}", "{'a': 1}", "{'key': 'value'}"));
            default -> Hostile.quote(Hostile.pick(r, List.of("a", "test", "file.txt", "NYC", "", "1")));
        };
    }
}
