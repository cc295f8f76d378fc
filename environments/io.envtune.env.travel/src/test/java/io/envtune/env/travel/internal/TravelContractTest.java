package io.envtune.env.travel.internal;

import io.envtune.api.ToolEnvironment;
import io.envtune.testkit.EnvironmentContractTest;

/**
 * The environment contract on TravelAPI (see {@link EnvironmentContractTest}), with BFCL's default
 * scenario. Among other things every tool is called with garbage and wrongly typed arguments: each must give a
 * result, never a Java exception, so an input the Python reference rejects raises its Python error on purpose.
 */
public final class TravelContractTest extends EnvironmentContractTest {

    @Override
    protected ToolEnvironment environment() {
        return new TravelEnvironment();
    }

    @Override
    protected String scenarioJson() {
        return "{}";
    }
}
