package io.envtune.env.example.internal;

import io.envtune.api.EnvironmentId;
import io.envtune.api.EnvironmentOptions;
import io.envtune.api.ToolEnvironment;
import io.envtune.toolkit.Param;
import io.envtune.toolkit.TableEnvironment;
import io.envtune.toolkit.ToolTable;
import org.osgi.service.component.annotations.Component;

/** Registers the KeyValueStore environment: the smallest complete environment, and the template for new ones. */
@Component(service = ToolEnvironment.class)
@EnvironmentId(id = KeyValueStoreEnvironment.ID)
public final class KeyValueStoreEnvironment extends TableEnvironment<KeyValueState> {

    /** The environment id. */
    public static final String ID = "KeyValueStore";

    static final ToolTable<KeyValueState> TOOLS = ToolTable.<KeyValueState>builder(ID)
        .tool("kv_put", "Store a value under a key; returns the previous value.", (s, a) -> s.put(a),
            Param.required("key", "string", "The key."), Param.required("value", "any", "The value to store."))
        .tool("kv_get", "Read the value stored under a key.", (s, a) -> s.get(a),
            Param.required("key", "string", "The key."))
        .tool("kv_keys", "List the keys in insertion order.", (s, a) -> s.keys(a))
        .build();

    /** Creates the component; it has no configuration. */
    public KeyValueStoreEnvironment() {
        super(TOOLS, "1.0.0");
    }

    @Override
    protected KeyValueState state(String scenarioJson, EnvironmentOptions options) {
        return new KeyValueState(scenarioJson);
    }
}
