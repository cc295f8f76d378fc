package io.envtune.bfcl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

/** The empty-turn rule and the multiset response check. */
public final class TurnChecksTest {

    @Test
    public void emptyTurnIsNoStepOrOneEmptyStep() {
        assertTrue(TurnChecks.isEmptyTurn(List.of()));
        assertTrue(TurnChecks.isEmptyTurn(List.of(List.of())));
        assertFalse(TurnChecks.isEmptyTurn(List.of(List.of(), List.of())));
        assertFalse(TurnChecks.isEmptyTurn(List.of(List.of("pwd()"))));
    }

    @Test
    public void eachModelResultMatchesOneGroundTruthResult() {
        assertEquals(List.of(), TurnChecks.missingItems(List.of("a", "b"), List.of("b", "x", "a")));
        assertEquals(List.of("a"), TurnChecks.missingItems(List.of("a", "a"), List.of("a")));
        assertEquals(List.of("c", "a"), TurnChecks.missingItems(List.of("c", "a", "b", "a"), List.of("a", "b")));
        assertEquals(List.of(), TurnChecks.missingItems(List.of(), List.of()));
    }
}
