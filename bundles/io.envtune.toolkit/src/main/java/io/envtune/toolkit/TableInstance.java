package io.envtune.toolkit;

import io.envtune.api.EnvironmentInstance;
import io.envtune.api.ToolCall;
import io.envtune.api.ToolResult;
import io.envtune.toolkit.internal.python.PyJson;
import java.util.Map;

/**
 * An {@link EnvironmentInstance} made of a domain state and its tool table: the only instance class a domain needs.
 *
 * @param <S> the domain state type
 */
public final class TableInstance<S extends DomainState> implements EnvironmentInstance {

    private final String environmentId;
    private final ToolTable<S> table;
    private final S state;

    /**
     * @param environmentId the environment id
     * @param table the domain's tools
     * @param state a fresh state for this episode
     */
    public TableInstance(String environmentId, ToolTable<S> table, S state) {
        this.environmentId = environmentId;
        this.table = table;
        this.state = state;
    }

    @Override
    public String environmentId() {
        return environmentId;
    }

    @Override
    public ToolResult invoke(ToolCall call) {
        return table.invoke(state, call);
    }

    @Override
    public Map<String, Object> attributes() {
        return state.attributes();
    }

    @Override
    public String canonicalState() {
        return PyJson.canonical(state.attributes());
    }

    /** @return the state, for tests of the domain */
    public S state() {
        return state;
    }
}
