package io.envtune.runtime;

import static org.junit.Assert.assertEquals;

import io.envtune.api.EnvironmentInstance;
import io.envtune.api.EnvironmentOptions;
import io.envtune.api.ToolEnvironment;
import io.envtune.api.ToolParameter;
import io.envtune.api.ToolSpec;
import java.util.List;
import org.junit.Test;

/** Malformed environments are found before they serve; the eight BFCL domains pass. */
public class EnvironmentCheckTest {

    private static ToolEnvironment env(String id, List<ToolSpec> tools) {
        return new ToolEnvironment() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String version() {
                return "1";
            }

            @Override
            public List<ToolSpec> tools() {
                return tools;
            }

            @Override
            public EnvironmentInstance create(String scenarioJson, EnvironmentOptions options) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Test
    public void everyBfclDomainPasses() {
        java.util.function.Function<String, ToolEnvironment> lookup = io.envtune.testkit.BfclDomains.lookup();
        for (String id : List.of("GorillaFileSystem", "MathAPI", "MessageAPI", "TwitterAPI", "TicketAPI",
            "TradingBot", "TravelAPI", "VehicleControlAPI")) {
            assertEquals(id, List.of(), EnvironmentCheck.problems(lookup.apply(id)));
        }
    }

    @Test
    public void duplicateToolsAndBadSchemasAreNamed() {
        ToolParameter ok = new ToolParameter("a", "string", "A.", true, null);
        ToolParameter badType = new ToolParameter("b", "strng", "B.", true, null);
        ToolParameter optional = new ToolParameter("c", "integer", "C.", false, "1");
        ToolParameter late = new ToolParameter("d", "any", "D.", true, null);
        List<String> problems = EnvironmentCheck.problems(env("Bad", List.of(
            new ToolSpec("t", "T.", List.of(ok)), new ToolSpec("t", "T again.", List.of()),
            new ToolSpec("u", "U.", List.of(badType, optional, late, ok)), new ToolSpec("not a name", "", List.of()))));
        assertEquals(List.of("duplicate tool name 't'",
            "tool 'u' parameter 'b': type 'strng' is not one of [any, array, boolean, dict, float, integer, string]",
            "tool 'u' parameter 'd': a required parameter follows an optional one",
            "tool 'u' parameter 'a': a required parameter follows an optional one",
            "tool name 'not a name' is not an identifier"), problems);
    }

    @Test
    public void anEnvironmentWhoseToolsThrowIsAProblemNotACrash() {
        ToolEnvironment broken = env(" ", null);
        assertEquals(List.of("no environment id", "tools() returned null"), EnvironmentCheck.problems(broken));
    }
}
