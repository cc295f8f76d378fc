package io.envtune.testkit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.envtune.api.EnvironmentInstance;
import io.envtune.api.EnvironmentOptions;
import io.envtune.api.ToolCall;
import io.envtune.api.ToolEnvironment;
import io.envtune.api.ToolResult;
import io.envtune.api.ToolSpec;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.junit.runner.JUnitCore;
import org.junit.runner.Result;

/** The contract test passes on a well-behaved environment and fails on a broken one. */
public final class CounterContractTest extends EnvironmentContractTest {

    @Override
    protected ToolEnvironment environment() {
        return new CounterEnvironment();
    }

    @Override
    protected String scenarioJson() {
        return "{\"count\": 5}";
    }

    @Override
    protected List<String> sampleCalls() {
        return List.of("add(by=2)", "add(3)", "reset(to=1, note='x')", "get()");
    }

    /** An environment whose instances share state and throw: the contract must reject it. */
    public static final class Broken extends EnvironmentContractTest {
        private static final CounterEnvironment.State SHARED = new CounterEnvironment.State("{}");

        @Override
        protected ToolEnvironment environment() {
            CounterEnvironment real = new CounterEnvironment();
            return new ToolEnvironment() {
                @Override
                public String id() {
                    return "Broken";
                }

                @Override
                public String version() {
                    return "0";
                }

                @Override
                public List<ToolSpec> tools() {
                    return real.tools();
                }

                @Override
                public EnvironmentInstance create(String scenarioJson, EnvironmentOptions options) {
                    EnvironmentInstance inner = new io.envtune.toolkit.TableInstance<>("Broken",
                            CounterEnvironment.TOOLS, SHARED);
                    return new EnvironmentInstance() {
                        @Override
                        public String environmentId() {
                            return "Broken";
                        }

                        @Override
                        public ToolResult invoke(ToolCall call) {
                            if (call.kwargs().containsKey("__no_such_parameter__")) {
                                throw new IllegalStateException("boom");
                            }
                            return inner.invoke(call);
                        }

                        @Override
                        public Map<String, Object> attributes() {
                            return inner.attributes();
                        }

                        @Override
                        public String canonicalState() {
                            return inner.canonicalState();
                        }
                    };
                }
            };
        }

        @Override
        protected String scenarioJson() {
            return "{}";
        }

        @Override
        protected List<String> sampleCalls() {
            return List.of("add(by=2)");
        }
    }

    @Test
    public void brokenEnvironmentFailsTheContract() {
        Result result = JUnitCore.runClasses(Broken.class);
        assertTrue(result.getFailureCount() >= 2);
        assertEquals(8, result.getRunCount());
    }
}
