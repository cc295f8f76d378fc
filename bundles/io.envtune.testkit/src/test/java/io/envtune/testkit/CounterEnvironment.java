package io.envtune.testkit;

import io.envtune.api.EnvironmentInstance;
import io.envtune.api.EnvironmentOptions;
import io.envtune.api.ToolEnvironment;
import io.envtune.api.ToolSpec;
import io.envtune.toolkit.DomainState;
import io.envtune.toolkit.Param;
import io.envtune.toolkit.PyArith;
import io.envtune.toolkit.PyValues;
import io.envtune.toolkit.TableInstance;
import io.envtune.toolkit.ToolTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A tiny environment for testing the contract test: a counter and a log. */
final class CounterEnvironment implements ToolEnvironment {

    /** The state: a count and the values added, loaded from {@code {"count": n}}. */
    static final class State implements DomainState {
        /** A Python int: Long, or BigInteger once it outgrows a long, as {@code self.count += by} allows. */
        Object count;
        final List<Object> log = new ArrayList<>();

        State(String scenarioJson) {
            Object count = ((Map<?, ?>) PyValues.fromJson(scenarioJson)).get("count");
            this.count = count == null ? 0L : PyValues.toInt(count);
        }

        @Override
        public Map<String, Object> attributes() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("count", count);
            m.put("log", log);
            return m;
        }

        Object add(Object by) {
            // Python's own "self.count += int(by)": a huge int stays an int, a bad type raises Python's TypeError.
            count = PyArith.iadd(count, PyValues.toInt(by));
            log.add(by);
            return Map.of("count", count);
        }
    }

    static final ToolTable<State> TOOLS = ToolTable.<State>builder("Counter")
            .tool("add", "Add to the counter.", (s, a) -> s.add(a.get("by")), Param.optional("by", "integer", "", 1L))
            .tool("get", "Read the counter.", (s, a) -> Map.of("count", s.count))
            .tool("reset", "Set the counter.", (s, a) -> {
                s.count = PyValues.toInt(a.get("to"));
                return null;
            }, Param.required("to", "integer", ""), Param.optional("note", "string", "", ""))
            .build();

    @Override
    public String id() {
        return "Counter";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public List<ToolSpec> tools() {
        return TOOLS.specs();
    }

    @Override
    public EnvironmentInstance create(String scenarioJson, EnvironmentOptions options) {
        return new TableInstance<>("Counter", TOOLS, new State(scenarioJson));
    }
}
