package io.envtune.testkit;

import static org.junit.Assert.assertTrue;

import io.envtune.api.EnvironmentInstance;
import io.envtune.api.FeedbackAugmenter;
import io.envtune.api.FeedbackEvent;
import io.envtune.api.FeedbackKind;
import io.envtune.api.ToolCall;
import io.envtune.api.ToolEnvironment;
import io.envtune.api.ToolResult;
import io.envtune.toolkit.PyCalls;

/**
 * Feeds an augmenter the failure of a real call, as the runtime does, for augmenter tests: the call runs on an
 * instance, must fail, and the augmenter must answer with a hint. Immutable.
 */
public final class HintCheck {

    private final ToolEnvironment environment;
    private final FeedbackAugmenter augmenter;

    /**
     * @param environment the domain; its tools are offered in the event
     * @param augmenter the augmenter under test
     */
    public HintCheck(ToolEnvironment environment, FeedbackAugmenter augmenter) {
        this.environment = environment;
        this.augmenter = augmenter;
    }

    /**
     * @param instance an instance of the environment, in the state the test needs
     * @param call a Python call string that must fail there
     * @return the augmenter's hint
     * @throws AssertionError when the call succeeds or no hint comes
     */
    public String hint(EnvironmentInstance instance, String call) {
        return hint(instance, PyCalls.parse(call));
    }

    /**
     * @param instance an instance of the environment, in the state the test needs
     * @param call a call that must fail there
     * @return the augmenter's hint
     * @throws AssertionError when the call succeeds or no hint comes
     */
    public String hint(EnvironmentInstance instance, ToolCall call) {
        ToolResult r = instance.invoke(call);
        assertTrue(call + " should fail: " + r.text(), r.failed());
        FeedbackEvent event = new FeedbackEvent(FeedbackKind.TOOL_FAILURE, call, r.failure(), r.text(),
                environment.tools());
        return augmenter.hint(event).orElseThrow(() -> new AssertionError("no hint for " + call + " " + r.failure()));
    }

    /**
     * @param hint a hint
     * @param parts texts it must contain
     */
    public static void assertContains(String hint, String... parts) {
        for (String p : parts) {
            assertTrue(hint, hint.contains(p));
        }
    }
}
