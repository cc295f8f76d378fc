package io.envtune.reward.format.internal;

import static org.junit.Assert.assertEquals;

import io.envtune.api.EpisodeRecord;
import io.envtune.api.FeedbackMode;
import io.envtune.api.Step;
import io.envtune.api.StepOutcome;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class FormatRewardTest {

    private static EpisodeRecord record(Step... steps) {
        return new EpisodeRecord("e", "t", "S1", FeedbackMode.STANDARD, Map.of(), List.of(steps), List.of(), 1);
    }

    @Test
    public void formatAndToolRatesAddUpWhenAToolWasCalled() {
        EpisodeRecord r = record(
            new Step(0, 0, "bad", StepOutcome.FORMAT_ERROR, List.of(), List.of(), "Error"),
            new Step(0, 1, "x", StepOutcome.TOOL_ERROR, List.of("a()", "b()"),
                List.of("{\"ok\": 1}", "Error during execution: boom"), "", 1),
            new Step(0, 2, "y", StepOutcome.TOOLS_OK, List.of("c()"), List.of("{\"error\": \"no\"}"), ""),
            new Step(0, 3, "z", StepOutcome.ANSWER, List.of(), List.of(), ""));
        // R_format = 3/4; R_tool = 2 ok (an error dict counts as a well-formed call) / 3 calls.
        assertEquals(0.75 + 2.0 / 3.0, new FormatReward().score(r).value(), 1e-12);
    }

    @Test
    public void whetherACallRaisedIsReadFromTheStepNotFromItsText() {
        // A tool may return a string that happens to start like an error; only the step's raised count decides.
        EpisodeRecord looksRaised = record(new Step(0, 0, "x", StepOutcome.TOOLS_OK, List.of("echo()"),
            List.of("Error during execution: just text"), "", 0));
        EpisodeRecord raised = record(new Step(0, 0, "x", StepOutcome.TOOL_ERROR, List.of("f()"),
            List.of("{\"plain\": 1}"), "", 1));
        assertEquals(2.0, new FormatReward().score(looksRaised).value(), 0.0);
        assertEquals(1.0, new FormatReward().score(raised).value(), 0.0);
    }

    @Test
    public void noToolCallMeansZero() {
        EpisodeRecord r = record(new Step(0, 0, "a", StepOutcome.ANSWER, List.of(), List.of(), ""));
        assertEquals(0.0, new FormatReward().score(r).value(), 0.0);
    }
}
