package io.envtune.augment.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.envtune.api.FailureKind;
import io.envtune.api.FeedbackEvent;
import io.envtune.api.FeedbackKind;
import io.envtune.api.ToolCall;
import io.envtune.api.ToolFailure;
import io.envtune.api.ToolParameter;
import io.envtune.api.ToolSpec;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class AugmentersTest {

    private static final List<ToolSpec> TOOLS = List.of(
        new ToolSpec("list_all_airports", "List airports.", List.of()),
        new ToolSpec("get_flight_cost", "Cost of a flight.", List.of(
            new ToolParameter("travel_from", "string", "IATA code", true, null),
            new ToolParameter("travel_class", "string", "class", false, "'economy'"))));

    private static FeedbackEvent failure(FailureKind kind, String tool, String param, String detail) {
        return new FeedbackEvent(FeedbackKind.TOOL_FAILURE, ToolCall.ofKeywords(tool, Map.of()),
            new ToolFailure(kind, tool, param, detail), "Error during execution: ...", TOOLS);
    }

    @Test
    public void unknownToolSuggestsTheClosestOfferedNames() {
        String hint = new UnknownToolAugmenter().hint(failure(FailureKind.UNKNOWN_TOOL, "get_flight_costs", null,
            "get_flight_costs")).orElseThrow();
        assertTrue(hint, hint.contains("closest names are: get_flight_cost, list_all_airports"));
    }

    @Test
    public void argumentHintShowsTheSignatureButNoValue() {
        String hint = new ArgumentAugmenter().hint(failure(FailureKind.BAD_ARGUMENTS, "get_flight_cost",
            "travel_from", "missing")).orElseThrow();
        assertTrue(hint, hint.contains("get_flight_cost(travel_from: string, travel_class: string = 'economy')"));
        assertTrue(hint, hint.contains("'travel_from'"));
    }

    @Test
    public void augmentersOnlyAnswerTheirOwnEvents() {
        FeedbackEvent format = new FeedbackEvent(FeedbackKind.FORMAT_ERROR, null, null, "Error: x", TOOLS);
        assertTrue(new FormatAugmenter().hint(format).isPresent());
        assertFalse(new UnknownToolAugmenter().hint(format).isPresent());
        assertFalse(new ArgumentAugmenter().hint(format).isPresent());
        assertFalse(new StateAugmenter().hint(format).isPresent());
        assertFalse(new EmptyTurnAugmenter().hint(format).isPresent());
        assertFalse(new FormatAugmenter().hint(failure(FailureKind.NOT_FOUND, "cd", "folder", "x")).isPresent());
    }

    @Test
    public void stateHintNamesTheTargetAndTheUsualFirstStep() {
        String hint = new StateAugmenter().hint(failure(FailureKind.NOT_FOUND, "cd", "folder", "docs")).orElseThrow();
        assertTrue(hint, hint.startsWith("'docs' does not exist"));
        assertFalse(new StateAugmenter().hint(failure(FailureKind.INTERNAL, "cd", null, "")).isPresent());
    }

    @Test
    public void editDistance() {
        assertEquals(3, Signatures.distance("kitten", "sitting"));
        assertEquals(0, Signatures.distance("", ""));
    }
}
