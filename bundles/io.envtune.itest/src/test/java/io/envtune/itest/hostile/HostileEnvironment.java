package io.envtune.itest.hostile;

import io.envtune.api.EnvironmentInstance;
import io.envtune.api.EnvironmentOptions;
import io.envtune.api.ToolCall;
import io.envtune.api.ToolEnvironment;
import io.envtune.api.ToolParameter;
import io.envtune.api.ToolResult;
import io.envtune.api.ToolSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A test environment written straight against the API: {@code echo(text)} answers {@code <version>:<text>} (so a
 * result shows which bundle version served it) and {@code hang()} blocks for 20 s, ignoring interrupts; in mode
 * {@code npe} the second tool is {@code crash()}, which throws a NullPointerException as a buggy port would. In the
 * malformed modes its tool list is broken on purpose.
 */
final class HostileEnvironment implements ToolEnvironment {

    /** The message of the NullPointerException {@code crash()} throws, as the JVM words a helpful one. */
    static final String NPE = "Cannot invoke \"java.util.Map.get(Object)\" because \"this.tickets\" is null";

    private final String id;
    private final String version;
    private final String mode;

    HostileEnvironment(String id, String version, String mode) {
        this.id = id;
        this.version = version;
        this.mode = mode;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public List<ToolSpec> tools() {
        String type = "schema".equals(mode) ? "strng" : "string";
        List<ToolSpec> tools = new ArrayList<>();
        tools.add(new ToolSpec("echo", "Echoes the text.", List.of(new ToolParameter("text", type, "Text.", true,
            null))));
        if ("npe".equals(mode)) {
            tools.add(new ToolSpec("crash", "Closes the ticket (throws a NullPointerException).", List.of()));
        } else {
            tools.add(new ToolSpec("duplicate".equals(mode) ? "echo" : "hang", "Never returns.", List.of()));
        }
        return tools;
    }

    @Override
    public EnvironmentInstance create(String scenarioJson, EnvironmentOptions options) {
        return new Instance();
    }

    private final class Instance implements EnvironmentInstance {
        private final List<Object> said = new ArrayList<>();

        @Override
        public String environmentId() {
            return id;
        }

        @Override
        public ToolResult invoke(ToolCall call) {
            if ("hang".equals(call.name())) {
                hang();
            } else if ("crash".equals(call.name())) {
                throw new NullPointerException(NPE);
            }
            said.add(call.kwargs().get("text"));
            return ToolResult.ok(version + ":" + call.kwargs().get("text"));
        }

        @Override
        public Map<String, Object> attributes() {
            return Map.of("said", said);
        }

        @Override
        public String canonicalState() {
            return "{\"said\":" + said.size() + "}";
        }
    }

    private static void hang() {
        long end = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < end) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException ignored) {
                // deliberately ignored: this environment does not cooperate
            }
        }
    }
}
