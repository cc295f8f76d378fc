package io.envtune.toolkit.fuzz;

import io.envtune.api.EnvironmentInstance;
import io.envtune.api.FailureKind;
import io.envtune.api.ToolCall;
import io.envtune.toolkit.BoundArgs;
import io.envtune.toolkit.CallExecutor;
import io.envtune.toolkit.DomainState;
import io.envtune.toolkit.Failed;
import io.envtune.toolkit.Param;
import io.envtune.toolkit.TableInstance;
import io.envtune.toolkit.ToolTable;
import io.envtune.toolkit.internal.call.CallParser;
import io.envtune.toolkit.value.PyException;
import io.envtune.toolkit.value.PyTuple;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A stand-in domain with the tool names and keyword names of the ground truth, built on the real toolkit
 * ({@link ToolTable}, signature binding, {@link TableInstance}, {@link CallExecutor}), so fuzzed calls go through
 * parse, bind, run, result conversion and canonical state exactly as a domain's would. Each tool returns its bound
 * arguments in one of the shapes domains return (a dict, a list, a tuple, a {@link Failed}, a raised error), and keeps
 * them in its state, so the canonical state writer sees every hostile value too.
 */
final class EchoDomain {

    private final ToolTable<State> table;
    private final Set<String> names;

    /** @param corpus ground-truth calls; their tools and keywords become this domain's signatures */
    EchoDomain(List<String> corpus) {
        Map<String, Set<String>> params = new LinkedHashMap<>();
        for (String call : corpus) {
            ToolCall c = CallParser.parse(call);
            Set<String> p = params.computeIfAbsent(c.name(), k -> new LinkedHashSet<>());
            for (int i = p.size(); i < c.args().size(); i++) {
                p.add("p" + i);
            }
            p.addAll(c.kwargs().keySet());
        }
        ToolTable.Builder<State> b = ToolTable.builder("EchoAPI");
        int shape = 0;
        for (Map.Entry<String, Set<String>> e : params.entrySet()) {
            b.tool(e.getKey(), "Echoes its arguments.", body(shape++ % 5), signature(e.getValue()));
        }
        this.table = b.build();
        this.names = params.keySet();
    }

    private static Param[] signature(Set<String> names) {
        List<Param> out = new ArrayList<>();
        for (String n : names) {
            out.add(out.isEmpty() ? Param.required(n, "any", n) : Param.optional(n, "any", n, null));
        }
        return out.toArray(Param[]::new);
    }

    private static io.envtune.toolkit.ToolFunction<State> body(int shape) {
        return (state, args) -> {
            state.calls.add(new LinkedHashMap<>(args.values()));
            Map<String, Object> values = new LinkedHashMap<>(args.values());
            return switch (shape) {
                case 0 -> values;
                case 1 -> new ArrayList<>(values.values());
                case 2 -> new PyTuple(new ArrayList<>(values.values()));
                case 3 -> new Failed(Map.of("error", new ArrayList<>(values.values())), FailureKind.INVALID_VALUE,
                    null, "echo");
                default -> raise(args);
            };
        };
    }

    private static Object raise(BoundArgs args) {
        throw new PyException("bad value: " + io.envtune.toolkit.PyText.repr(args.values()),
            FailureKind.INVALID_VALUE, null);
    }

    /** @return a fresh instance with an empty state */
    EnvironmentInstance create() {
        return new TableInstance<>("EchoAPI", table, new State());
    }

    /**
     * @param instance an instance of this domain
     * @return BFCL's executor over it
     */
    CallExecutor executor(EnvironmentInstance instance) {
        return new CallExecutor(List.of(new CallExecutor.ToolLookup(instance, names)));
    }

    /** The state: every bound argument map so far. */
    static final class State implements DomainState {
        private final List<Object> calls = new ArrayList<>();

        @Override
        public Map<String, Object> attributes() {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("calls", calls);
            return a;
        }
    }
}
