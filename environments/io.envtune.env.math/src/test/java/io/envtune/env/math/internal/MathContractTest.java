package io.envtune.env.math.internal;

import io.envtune.api.ToolEnvironment;
import io.envtune.testkit.EnvironmentContractTest;
import java.util.List;

/**
 * MathAPI keeps the contract every environment keeps ({@link EnvironmentContractTest}), on the scenario and
 * the calls of its built-in task {@code math_base_3}.
 */
public final class MathContractTest extends EnvironmentContractTest {

    private final ToolEnvironment environment = new MathEnvironment();

    @Override
    protected ToolEnvironment environment() {
        return environment;
    }

    @Override
    protected String scenarioJson() {
        return "{}";
    }

    @Override
    protected List<String> sampleCalls() {
        return List.of(
            "multiply(a=6, b=7)",
            "divide(a=42, b=6)");
    }
}
