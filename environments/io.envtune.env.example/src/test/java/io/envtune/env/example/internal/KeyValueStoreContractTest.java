package io.envtune.env.example.internal;

import io.envtune.api.ToolEnvironment;
import io.envtune.testkit.EnvironmentContractTest;
import java.util.List;

/**
 * The contract every environment keeps, run on the example: extend {@link EnvironmentContractTest}, give the
 * environment, a scenario and a few calls that change the state. Copy this test with the template.
 */
public final class KeyValueStoreContractTest extends EnvironmentContractTest {

    private final ToolEnvironment environment = new KeyValueStoreEnvironment();

    @Override
    protected ToolEnvironment environment() {
        return environment;
    }

    @Override
    protected String scenarioJson() {
        return "{\"store\": {\"color\": \"blue\", \"n\": 1}}";
    }

    @Override
    protected List<String> sampleCalls() {
        return List.of("kv_put(key='n', value=2)", "kv_get(key='color')", "kv_get(key='missing')", "kv_keys()");
    }
}
