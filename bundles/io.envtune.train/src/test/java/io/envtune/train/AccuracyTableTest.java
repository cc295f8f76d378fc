package io.envtune.train;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.envtune.api.ChatMessage;
import io.envtune.api.EpisodeRecord;
import io.envtune.api.FeedbackMode;
import io.envtune.api.Role;
import io.envtune.api.Task;
import io.envtune.api.TurnScore;
import io.envtune.api.UserTurn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** The Table-1 layout: per-category accuracy in percent, mean ± std over the samples, overall pooled. */
public class AccuracyTableTest {

    private static Task task(String id, String split) {
        return new Task(id, split, List.of(), Map.of(), List.of(new UserTurn(List.of(new ChatMessage(Role.USER, "q")),
            List.of("f(x=1)"), List.of()), new UserTurn(List.of(new ChatMessage(Role.USER, "q")), List.of("f(x=2)"),
            List.of())), false);
    }

    /** An episode passing both turns, or only the first (a failed episode). */
    private static EpisodeRecord episode(Task t, boolean success) {
        return new EpisodeRecord("e" + System.nanoTime(), t.id(), "eval", FeedbackMode.STANDARD, Map.of(), List.of(),
            List.of(new TurnScore(0, true, ""), new TurnScore(1, success, success ? "" : "multi_turn:x")), 2, null);
    }

    @Test
    public void columnsAreMeanAndPopulationStdOverTheSamplesInPercent() {
        Task b1 = task("b1", "base");
        Task b2 = task("b2", "base");
        Task m1 = task("m1", "miss_param");
        Task l1 = task("l1", "long_context");
        // sample 0: b1 ok, b2 fail, m1 ok, l1 fail; sample 1: b1 ok, b2 ok, m1 fail, l1 fail
        List<EpisodeRecord> records = new ArrayList<>(List.of(episode(b1, true), episode(b1, true),
            episode(b2, false), episode(b2, true), episode(m1, true), episode(m1, false), episode(l1, false),
            episode(l1, false)));
        AccuracyTable t = AccuracyTable.of(List.of(l1, b1, m1, b2), records);
        assertEquals(2, t.samples());
        assertEquals("Table 1's order, only the categories present", List.of("base", "miss_param", "long_context"),
            List.copyOf(t.splits().keySet()));
        AccuracyTable.Column base = t.splits().get("base");
        assertEquals(2, base.entries());
        assertEquals(List.of(50.0, 100.0), base.perSample());
        assertEquals(75.0, base.accuracy(), 1e-12);
        assertEquals(25.0, base.std(), 1e-12);
        assertEquals(List.of(100.0, 0.0), t.splits().get("miss_param").perSample());
        assertEquals(List.of(50.0, 50.0), t.overall().perSample());
        assertEquals(0.0, t.overall().std(), 1e-12);
        assertEquals(4, t.overall().entries());
        String[] lines = t.render().split("\n");
        assertEquals(List.of("Overall", "Base", "Miss", "Param", "Long", "Context"),
            List.of(lines[0].trim().replace("Miss Param", "Miss Param").split("\\s+")));
        assertTrue(lines[1], lines[1].matches("accuracy %\\s+50\\.00 ± 0\\.00\\s+75\\.00 ± 25\\.00\\s+50\\.00 ± 50\\.00"
            + "\\s+0\\.00 ± 0\\.00"));
        assertTrue(lines[2], lines[2].matches("entries\\s+4\\s+2\\s+1\\s+1"));
    }

    @Test
    public void oneSampleShowsNoSpreadAndUnevenSamplesAreRefused() {
        Task b1 = task("b1", "base");
        Task b2 = task("b2", "base");
        AccuracyTable one = AccuracyTable.of(List.of(b1, b2), List.of(episode(b1, true), episode(b2, false)));
        assertTrue(one.render(), one.render().split("\n")[1].matches("accuracy %\\s+50\\.00\\s+50\\.00"));
        try {
            AccuracyTable.of(List.of(b1, b2), List.of(episode(b1, true), episode(b2, false), episode(b2, true)));
            fail("b1 played once, b2 twice");
        } catch (IllegalArgumentException e) {
            assertEquals("task b2 was played 2 times, others 1", e.getMessage());
        }
    }
}
