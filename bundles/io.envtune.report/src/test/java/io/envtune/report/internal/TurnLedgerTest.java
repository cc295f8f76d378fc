package io.envtune.report.internal;

import static org.junit.Assert.assertEquals;

import io.envtune.api.EpisodeRecord;
import io.envtune.api.FeedbackMode;
import io.envtune.api.Step;
import io.envtune.api.StepOutcome;
import io.envtune.api.TurnScore;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class TurnLedgerTest {

    @Test
    public void hintsGroupUpToTheirFirstColon() {
        assertEquals("Parameter 'path' of cd", TurnLedger.hintKey("Parameter 'path' of cd: expected a string"));
        assertEquals("short hint", TurnLedger.hintKey("short hint"));
    }

    @Test
    public void longHintsWithoutAnEarlyColonGroupByTheirFirst60Characters() {
        String text = "x".repeat(59) + "yz: the rest";
        assertEquals("x".repeat(59) + "y…", TurnLedger.hintKey(text));
    }

    @Test
    public void countsHintLinesAnywhereInTheFeedback() {
        TurnLedger ledger = new TurnLedger();
        ledger.add(record("t_1", List.of(new TurnScore(0, true, "")), "result\nHint: a: 1\n  Hint: a: 2\nHint: b"
            + "\nNo Hint: here"));
        Ledger l = ledger.result();
        assertEquals(List.of(new HintCount("a", 2), new HintCount("b", 1)), l.hints());
        assertEquals(1, l.steps());
    }

    @Test
    public void unscoredTurnsCountAsNotReachedAndBlankReasonsAreNamed() {
        TurnLedger ledger = new TurnLedger();
        ledger.add(record("t_1", List.of(new TurnScore(0, false, "")), ""));
        assertEquals("equal failure counts sort by task, then turn", List.of(
            new TurnFailure("t_1", 0, 1, 1, TurnLedger.NO_REASON),
            new TurnFailure("t_1", 1, 1, 1, TurnLedger.NOT_REACHED)), ledger.result().turns());
    }

    @Test
    public void equalReasonCountsGoToTheAlphabeticallyFirst() {
        TurnLedger ledger = new TurnLedger();
        ledger.add(record("t_1", List.of(new TurnScore(0, false, "z"), new TurnScore(1, true, "")), ""));
        ledger.add(record("t_1", List.of(new TurnScore(0, false, "a"), new TurnScore(1, true, "")), ""));
        assertEquals(List.of(new TurnFailure("t_1", 0, 2, 2, "a")), ledger.result().turns());
    }

    private static EpisodeRecord record(String task, List<TurnScore> scores, String feedback) {
        Step step = new Step(0, 0, "text", StepOutcome.TOOLS_OK, List.of(), List.of(), feedback);
        return new EpisodeRecord("e", task, "S1", FeedbackMode.AUGMENTED, Map.of(), List.of(step), scores, 2);
    }
}
