package io.envtune.runtime.fuzz;

import io.envtune.api.Task;
import io.envtune.api.ToolCall;
import io.envtune.api.ToolSpec;
import io.envtune.runtime.ParsedResponse;
import io.envtune.runtime.ResponseParser;
import io.envtune.toolkit.PyCalls;
import io.envtune.toolkit.fuzz.CallMutator;
import io.envtune.toolkit.fuzz.CallShape;
import io.envtune.toolkit.fuzz.FuzzRun;
import io.envtune.toolkit.fuzz.Hostile;
import io.envtune.toolkit.fuzz.RegressionLines;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Fuzzes the strict response parser with random and mutated model responses built from real ground-truth turns:
 * every case must end in a {@link ParsedResponse} whose calls can be decoded into Python call strings (what the step
 * does next), within the time bound. 3,000 cases in the normal run; {@code -Denvtune.fuzz.cases=N} for more.
 */
public class ResponseParserFuzzTest {

    private static FuzzBench bench;
    private static ResponseMutator responses;

    @BeforeClass
    public static void load() {
        bench = new FuzzBench();
        responses = new ResponseMutator(new JsonCallMutator(specs(bench)));
    }

    @AfterClass
    public static void release() {
        bench = null;
        responses = null;
    }

    /**
     * @param bench the bench
     * @return every tool spec of the eight domains by name
     */
    static Map<String, ToolSpec> specs(FuzzBench bench) {
        Map<String, ToolSpec> specs = new LinkedHashMap<>();
        bench.allTools().values().forEach(list -> list.forEach(s -> specs.putIfAbsent(s.name(), s)));
        return specs;
    }

    @Test
    public void mutatedResponsesParseToAStepOrAFormatError() {
        FuzzRun run = new FuzzRun("runtime-responses");
        List<Task> tasks = bench.data.tasks();
        int n = FuzzRun.cases(3000);
        for (int i = 0; i < n; i++) {
            Random r = new Random(FuzzRun.caseSeed(i));
            Task t = tasks.get(r.nextInt(tasks.size()));
            String response = responses.next(r, t.turns().get(r.nextInt(t.turns().size())).groundTruth());
            run.check(response == null ? "# null" : RegressionLines.encode(response), () -> parseCase(response));
        }
        run.finish();
    }

    /**
     * One case: parse, then decode every call as the step does.
     *
     * @param response the response (may be null)
     * @return an outcome label
     */
    static String parseCase(String response) {
        ParsedResponse p = ResponseParser.parse(response);
        if (p instanceof ParsedResponse.FormatError fe) {
            Objects.requireNonNull(fe.message());
            return "format-error:" + fe.message().substring(0, Math.min(40, fe.message().length()));
        } else if (p instanceof ParsedResponse.Answer a) {
            Objects.requireNonNull(a.text());
            return "answer";
        }
        List<ToolCall> calls = ((ParsedResponse.Calls) p).calls();
        for (ToolCall c : calls) {
            Objects.requireNonNull(PyCalls.toPython(c));
        }
        return calls.isEmpty() ? "empty-calls" : calls.size() > 100 ? "many-calls" : "calls";
    }
}
