package io.envtune.toolkit.fuzz;

import io.envtune.api.FailureKind;
import io.envtune.api.ToolCall;
import io.envtune.api.ToolResult;
import io.envtune.toolkit.BoundArgs;
import io.envtune.toolkit.Param;
import io.envtune.toolkit.Signature;
import io.envtune.toolkit.ToolTable;
import io.envtune.toolkit.value.PyException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.Test;

/**
 * Fuzzes argument binding: random signatures (required and optional parameters, defaults of every type) against
 * random calls (too many or too few positional arguments, unknown, repeated-by-position and oddly named keywords,
 * hostile values). Binding must give every parameter a value, keep the given values, and otherwise fail with a
 * {@link FailureKind#BAD_ARGUMENTS} {@link PyException} naming the tool; the same call through a {@link ToolTable}
 * must end in a result string. 2,000 cases in the normal run.
 */
public class BinderFuzzTest {

    private static final List<String> NAMES = List.of("file_name", "folder", "a", "b", "content", "self", "_", "λ",
        "x" + "y".repeat(200), "None", "kwargs", "args", "");

    @Test
    public void randomCallsBindOrFailWithABadArgumentsError() {
        FuzzRun run = new FuzzRun("toolkit-binder");
        int n = FuzzRun.cases(2000);
        for (int i = 0; i < n; i++) {
            long seed = FuzzRun.caseSeed(i);
            run.check("# binder seed " + seed, () -> bindCase(new Random(seed)));
        }
        run.finish();
    }

    private static String bindCase(Random r) {
        List<Param> params = new ArrayList<>();
        int count = r.nextInt(6);
        for (int i = 0; i < count; i++) {
            String name = NAMES.get(i) + (r.nextInt(4) == 0 ? "" : "_" + i);
            params.add(r.nextBoolean() ? Param.required(name, "any", name)
                : Param.optional(name, "any", name, RandomValues.leaf(r)));
        }
        Signature sig = new Signature("FuzzAPI", "tool", "A fuzzed tool.", params);
        ToolCall call = randomCall(r, params);
        String label = bind(sig, call);
        ToolTable<EchoDomain.State> table = ToolTable.<EchoDomain.State>builder("FuzzAPI")
            .tool("tool", "A fuzzed tool.", (s, a) -> a.values(), params.toArray(Param[]::new)).build();
        ToolResult result = table.invoke(new EchoDomain.State(), call);
        boolean badArguments = result.failed() && result.failure().kind() == FailureKind.BAD_ARGUMENTS;
        if (result.text() == null || (call.name().equals("tool") && badArguments != label.equals("bad-arguments"))) {
            throw new AssertionError("binding and invocation disagree: " + label + " vs " + result);
        }
        return label;
    }

    private static ToolCall randomCall(Random r, List<Param> params) {
        List<Object> args = new ArrayList<>();
        int positional = r.nextInt(params.size() + 2);
        for (int i = 0; i < positional; i++) {
            args.add(RandomValues.value(r));
        }
        Map<String, Object> kwargs = new LinkedHashMap<>();
        int keywords = r.nextInt(4);
        for (int i = 0; i < keywords; i++) {
            String name = !params.isEmpty() && r.nextBoolean() ? params.get(r.nextInt(params.size())).name()
                : Hostile.pick(r, NAMES);
            kwargs.put(name, RandomValues.value(r));
        }
        return new ToolCall(r.nextBoolean() ? "tool" : "other", args, kwargs);
    }

    private static String bind(Signature sig, ToolCall call) {
        try {
            BoundArgs bound = sig.bind(call);
            for (int i = 0; i < sig.params().size(); i++) {
                String name = sig.params().get(i).name();
                Object expected = i < call.args().size() ? call.args().get(i)
                    : call.kwargs().containsKey(name) ? call.kwargs().get(name) : sig.params().get(i).defaultValue();
                if (bound.get(name) != expected) {
                    throw new AssertionError(name + " bound to another value");
                }
            }
            return "bound";
        } catch (PyException e) {
            if (e.kind() != FailureKind.BAD_ARGUMENTS || !e.getMessage().startsWith("FuzzAPI.tool() ")) {
                throw new AssertionError("unexpected binding error " + e.kind() + ": " + e.getMessage());
            }
            return "bad-arguments";
        }
    }
}
