package io.envtune.toolkit.fuzz;

import io.envtune.api.EnvironmentInstance;
import io.envtune.api.ToolCall;
import io.envtune.api.ToolResult;
import io.envtune.toolkit.internal.call.CallParser;
import io.envtune.toolkit.internal.call.JsonCalls;
import io.envtune.toolkit.internal.python.PyJson;
import io.envtune.toolkit.internal.python.PyRepr;
import io.envtune.toolkit.value.NotSerializableException;
import io.envtune.toolkit.value.PyException;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Fuzzes the call parser, the binder and result formatting with mutated ground-truth calls: every case must end in a
 * parsed call or a {@link PyException} from {@link CallParser#parse}, and in a result string from BFCL's executor over
 * a table-built domain, with a canonical state that can still be written; nothing else may escape, and no case may take
 * longer than the time bound. 3,000 cases in the normal run; {@code -Denvtune.fuzz.cases=N} for more.
 */
public class CallParserFuzzTest {

    private static List<String> corpus;
    private static CallMutator mutator;
    private static EchoDomain domain;

    @BeforeClass
    public static void load() {
        corpus = GroundTruthCalls.load();
        mutator = new CallMutator(corpus);
        domain = new EchoDomain(corpus);
    }

    @Test
    public void mutatedGroundTruthCallsEndInAResultOrAPythonError() {
        FuzzRun run = new FuzzRun("toolkit-calls");
        int n = FuzzRun.cases(3000);
        for (int i = 0; i < n; i++) {
            String call = mutator.next(new Random(FuzzRun.caseSeed(i)));
            run.check(RegressionLines.encode(call), () -> runCase(domain, call));
        }
        run.finish();
    }

    @Test
    public void everyGroundTruthCallStillParsesAndRuns() {
        FuzzRun run = new FuzzRun("toolkit-ground-truth");
        for (String call : corpus) {
            run.check(RegressionLines.encode(call), () -> runCase(domain, call));
        }
        run.finish();
    }

    /**
     * One case: parse, format the parsed arguments, execute on a fresh instance, write its state.
     *
     * @param domain the stand-in domain
     * @param call the input
     * @return an outcome label
     */
    static String runCase(EchoDomain domain, String call) {
        String parsed;
        try {
            ToolCall c = CallParser.parse(call);
            parsed = "call:" + format(c);
        } catch (PyException e) {
            parsed = "error:" + e.kind();
        }
        EnvironmentInstance instance = domain.create();
        ToolResult r = domain.executor(instance).execute(call);
        Objects.requireNonNull(r.text(), "result text");
        instance.canonicalState();
        return parsed + " -> " + (r.failed() ? r.failure().kind() : "OK");
    }

    /** The formatters a parsed call meets on its way to a prompt or a record. */
    private static String format(ToolCall c) {
        try {
            JsonCalls.toPython(c);
            PyRepr.repr(c.kwargs());
            PyRepr.str(c.args());
        } catch (PyException e) {
            return "unprintable";
        }
        try {
            PyJson.dumps(c.kwargs());
            return "json";
        } catch (NotSerializableException e) {
            return "not-json";
        } catch (PyException e) {
            return "unprintable";
        }
    }
}
