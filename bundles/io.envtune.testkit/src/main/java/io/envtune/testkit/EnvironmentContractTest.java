package io.envtune.testkit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonParser;
import io.envtune.api.EnvironmentInstance;
import io.envtune.api.EnvironmentOptions;
import io.envtune.api.FailureKind;
import io.envtune.api.ToolCall;
import io.envtune.api.ToolEnvironment;
import io.envtune.api.ToolParameter;
import io.envtune.api.ToolResult;
import io.envtune.api.ToolSpec;
import io.envtune.toolkit.CallExecutor;
import io.envtune.toolkit.PyText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

/**
 * The contract every {@link ToolEnvironment} keeps, as a JUnit 4 test to extend: implement {@link #environment()} and
 * {@link #scenarioJson()} (and optionally {@link #sampleCalls()} and {@link #options()}). It checks that specs are
 * well formed (unique tool names; unique parameter names, required before optional), that the instance answers to
 * exactly the specified tools, that one scenario gives one trajectory (same results and canonical states), that
 * garbage and wrongly typed arguments give results and never exceptions (garbage always a failed result), that error
 * texts and failures agree, that instances are independent, and that the canonical state is the canonical JSON of
 * {@link EnvironmentInstance#attributes()}. A Java exception in a tool is never turned into a Python error text (it
 * is a {@link io.envtune.toolkit.ToolFault} that ends the episode), so an input the Python reference rejects must
 * raise its Python error on purpose ({@link io.envtune.toolkit.value.PyException}); otherwise these tests fail.
 */
public abstract class EnvironmentContractTest {

    private static final String ERROR = "Error during execution: ";

    /** @return the environment under test (a fresh or shared service object) */
    protected abstract ToolEnvironment environment();

    /** @return a scenario JSON object for {@link ToolEnvironment#create}, ideally one that exercises the state */
    protected abstract String scenarioJson();

    /** @return Python call strings that change the state, run in order; empty by default */
    protected List<String> sampleCalls() {
        return List.of();
    }

    /** @return the options instances are created with; plain by default */
    protected EnvironmentOptions options() {
        return EnvironmentOptions.DEFAULT;
    }

    private EnvironmentInstance fresh() {
        return environment().create(scenarioJson(), options());
    }

    private Set<String> toolNames() {
        Set<String> names = new LinkedHashSet<>();
        environment().tools().forEach(t -> names.add(t.name()));
        return names;
    }

    /** The id, version and tool list are declared. */
    @Test
    public void identityIsDeclared() {
        assertFalse("id", environment().id().isBlank());
        assertFalse("version", environment().version().isBlank());
        assertFalse("tools", environment().tools().isEmpty());
    }

    /** Tool names are unique; parameter names are unique per tool; required parameters precede optional ones. */
    @Test
    public void specsAreWellFormed() {
        Set<String> tools = new HashSet<>();
        for (ToolSpec spec : environment().tools()) {
            assertTrue("duplicate tool " + spec.name(), tools.add(spec.name()));
            assertNotNull(spec.name() + " description", spec.description());
            Set<String> params = new HashSet<>();
            boolean optionalSeen = false;
            for (ToolParameter p : spec.parameters()) {
                assertTrue(spec.name() + ": duplicate parameter " + p.name(), params.add(p.name()));
                assertFalse(spec.name() + ": required " + p.name() + " after an optional one",
                        p.required() && optionalSeen);
                assertEquals(spec.name() + "." + p.name() + " default repr only when optional", !p.required(),
                        p.defaultRepr() != null);
                optionalSeen |= !p.required();
            }
        }
    }

    /** Every specified tool is known to the instance, and a made-up name is not. */
    @Test
    public void instanceAnswersToExactlyTheSpecifiedTools() {
        EnvironmentInstance instance = fresh();
        for (String name : toolNames()) {
            ToolResult r = instance.invoke(ToolCall.ofKeywords(name, Map.of()));
            assertNotNull(name, r);
            assertNotEquals(name, ERROR + "name '" + name + "' is not defined", r.text());
            assertTrue(name, r.failure() == null || r.failure().kind() != FailureKind.UNKNOWN_TOOL);
        }
        ToolResult unknown = instance.invoke(ToolCall.ofKeywords("__no_such_tool__", Map.of()));
        assertEquals(ERROR + "name '__no_such_tool__' is not defined", unknown.text());
        assertEquals(FailureKind.UNKNOWN_TOOL, unknown.failure().kind());
    }

    /** Two instances of one scenario give the same results and canonical states for the same calls. */
    @Test
    public void sameScenarioGivesSameTrajectory() {
        assertEquals(trajectory(fresh()), trajectory(fresh()));
    }

    private List<String> trajectory(EnvironmentInstance instance) {
        CallExecutor executor = new CallExecutor(List.of(new CallExecutor.ToolLookup(instance, toolNames())));
        List<String> out = new ArrayList<>();
        out.add(instance.canonicalState());
        for (String call : script()) {
            out.add(call + " -> " + executor.execute(call).text());
            out.add(instance.canonicalState());
        }
        return out;
    }

    /** The sample calls, then every tool once without arguments. */
    private List<String> script() {
        List<String> calls = new ArrayList<>(sampleCalls());
        toolNames().forEach(n -> calls.add(n + "()"));
        calls.addAll(sampleCalls());
        return calls;
    }

    /** Unexpected keywords, surplus positionals and missing arguments fail with BAD_ARGUMENTS, never throw. */
    @Test
    public void garbageArgumentsGiveFailedResults() {
        for (ToolSpec spec : environment().tools()) {
            assertBadArguments(fresh().invoke(GarbageArguments.unexpectedKeyword(spec)), spec);
            assertBadArguments(fresh().invoke(GarbageArguments.tooManyPositional(spec)), spec);
            if (spec.parameters().stream().anyMatch(ToolParameter::required)) {
                assertBadArguments(fresh().invoke(ToolCall.ofKeywords(spec.name(), Map.of())), spec);
            }
        }
    }

    private static void assertBadArguments(ToolResult r, ToolSpec spec) {
        assertTrue(spec.name() + ": " + r.text(), r.raised() && r.text().startsWith(ERROR));
        assertEquals(spec.name() + ": " + r.text(), FailureKind.BAD_ARGUMENTS, r.failure().kind());
        assertEquals(spec.name(), spec.name(), r.failure().tool());
    }

    /**
     * Wrongly typed arguments give a result, never an exception; an error text always comes with a raised failure,
     * so no reader has to look at the text to know.
     */
    @Test(timeout = 120_000)
    public void wrongTypesNeverThrow() {
        for (ToolSpec spec : environment().tools()) {
            EnvironmentInstance instance = fresh();
            for (ToolCall call : GarbageArguments.wrongTypes(spec)) {
                ToolResult r = instance.invoke(call);
                assertNotNull(call.toString(), r);
                assertNotNull(call.toString(), r.text());
                assertTrue(spec.name() + " error text without a raised failure: " + r.text(),
                        !r.text().startsWith(ERROR) || r.raised());
                assertNotNull(spec.name() + " state", instance.canonicalState());
            }
        }
    }

    /** Changing one instance changes neither another one nor instances created later from the same scenario. */
    @Test
    public void instancesAreIndependent() {
        EnvironmentInstance a = fresh();
        EnvironmentInstance b = fresh();
        String initial = b.canonicalState();
        trajectory(a);
        for (ToolSpec spec : environment().tools()) {
            GarbageArguments.wrongTypes(spec).forEach(a::invoke);
        }
        assertEquals(initial, b.canonicalState());
        assertEquals(initial, fresh().canonicalState());
    }

    /** The canonical state is a JSON object, stable, and the canonical JSON of the attributes. */
    @Test
    public void canonicalStateIsTheCanonicalJsonOfTheAttributes() {
        EnvironmentInstance instance = fresh();
        for (int i = 0; i < 2; i++) {
            String state = instance.canonicalState();
            assertTrue(state, JsonParser.parseString(state).isJsonObject());
            assertEquals(state, instance.canonicalState());
            assertEquals(state, PyText.canonical(instance.attributes()));
            trajectory(instance);
        }
    }
}
