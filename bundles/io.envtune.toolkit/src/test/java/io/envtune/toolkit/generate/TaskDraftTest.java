package io.envtune.toolkit.generate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.envtune.api.GenerationSettings;
import io.envtune.api.Task;
import io.envtune.api.UserTurn;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.Test;

/** Drafts become base, miss_func and miss_param tasks in BFCL's shape; the shared generator loop is seeded. */
public class TaskDraftTest {

    private static TaskDraft draft() {
        return new TaskDraft("Env", "{\"n\": 1.0}")
            .turn(List.of(Request.of("go to attic", "cd(folder='attic')")))
            .turn(List.of(Request.of("read notes", "cat(file_name='notes')"),
                Request.of("go up", "cd(folder='..')").vague("go somewhere", "I meant the parent folder.")));
    }

    private static Task build(String split, long seed) {
        return draft().build("t", split, List.of("Env"), new Wording(new SplittableRandom(seed)));
    }

    @Test
    public void baseKeepsEveryTurnAndItsCalls() {
        Task task = build("base", 1);
        assertEquals(2, task.turns().size());
        assertEquals(List.of("cd(folder='attic')"), task.turns().get(0).groundTruth());
        assertEquals(List.of("cat(file_name='notes')", "cd(folder='..')"), task.turns().get(1).groundTruth());
        assertEquals("{\"n\":1.0}", task.initialConfig().get("Env"));
        task.turns().forEach(t -> assertEquals(1, t.messages().size()));
    }

    @Test
    public void missFuncWithholdsAToolFromItsFirstUse() {
        Set<String> seen = new java.util.HashSet<>();
        for (long seed = 0; seed < 40; seed++) {
            Task task = build("miss_func", seed);
            assertEquals(3, task.turns().size());
            int added = -1;
            for (int t = 0; t < 3; t++) {
                if (!task.turns().get(t).addedTools().isEmpty()) {
                    added = t;
                }
            }
            UserTurn announce = task.turns().get(added);
            assertTrue(announce.messages().isEmpty());
            assertTrue(task.turns().get(added - 1).groundTruth().isEmpty());
            assertFalse(task.turns().get(added - 1).messages().isEmpty());
            String tool = announce.addedTools().get(0);
            assertTrue(announce.groundTruth().stream().anyMatch(c -> CallText.toolOf(c).equals(tool)));
            for (int t = 0; t < added; t++) {
                assertTrue(task.turns().get(t).groundTruth().stream().noneMatch(c -> CallText.toolOf(c).equals(tool)));
            }
            seen.add(tool);
        }
        // cd is first used in turn 0 and cat in turn 1; the second cd is not a first use.
        assertEquals(Set.of("cd", "cat"), seen);
    }

    @Test
    public void missParamAsksVaguelyThenClarifies() {
        Task task = build("miss_param", 5);
        assertEquals(3, task.turns().size());
        assertTrue(task.turns().get(1).groundTruth().isEmpty());
        String vague = task.turns().get(1).messages().get(0).content();
        assertTrue(vague, vague.toLowerCase().contains("go somewhere") && !vague.contains("go up"));
        assertEquals("I meant the parent folder.", task.turns().get(2).messages().get(0).content());
        assertEquals(List.of("cat(file_name='notes')", "cd(folder='..')"), task.turns().get(2).groundTruth());
    }

    @Test
    public void aDraftWithoutVagueRequestsCannotMakeMissParam() {
        TaskDraft plain = new TaskDraft("Env", "{}").turn(List.of(Request.of("go", "cd(folder='a')")));
        assertTrue(plain.supports("base") && plain.supports("miss_func"));
        assertFalse(plain.supports("miss_param"));
        assertFalse(plain.supports("long_context"));
    }

    /** A toy domain: one to three cd calls per turn, every other one vague-able. */
    private static final class Toy extends DraftGenerator {
        Toy() {
            super("Env", "toy");
        }

        @Override
        protected TaskDraft draft(DraftContext c) {
            TaskDraft d = new TaskDraft("Env", "{}");
            for (int t = 0; t < c.turns(); t++) {
                List<Request> rs = new java.util.ArrayList<>();
                for (int k = c.callBudget(); k > 0; k--) {
                    String dir = "d" + c.nextInt(1000);
                    Request r = Request.of(c.wording().phrase(List.of("enter {d}", "open {d}"), "d", dir),
                        CallText.of("cd", "folder", dir));
                    rs.add(c.chance(50) ? r.vague("enter a folder", "It is " + dir + ".") : r);
                }
                d.turn(rs);
            }
            return d;
        }
    }

    @Test
    public void theGeneratorLoopIsSeededAndFollowsTheSettings() {
        GenerationSettings s = new GenerationSettings(30, 7, GenerationSettings.SPLITS, 2, 3, 3, 2);
        List<Task> a = new Toy().generate(s);
        assertEquals(a, new Toy().generate(s));
        assertEquals(30, a.size());
        for (int i = 0; i < a.size(); i++) {
            Task t = a.get(i);
            String split = GenerationSettings.SPLITS.get(i % 3);
            assertEquals("gen_toy_" + split + "_7_" + i, t.id());
            assertEquals(split, t.split());
            int extra = split.equals("base") ? 0 : 1;
            assertTrue(t.id(), t.turns().size() >= 2 + extra && t.turns().size() <= 3 + extra);
            assertEquals(3, t.involvedClasses().size());
            assertTrue(t.involvedClasses().contains("Env"));
            t.turns().forEach(u -> assertTrue(u.groundTruth().size() <= 3));
        }
        assertFalse(a.equals(new Toy().generate(new GenerationSettings(30, 8, GenerationSettings.SPLITS, 2, 3, 3,
            2))));
    }

    @Test
    public void distractorsAreOtherBfclClassesWithoutRepeats() {
        for (long seed = 0; seed < 50; seed++) {
            List<String> c = Distractors.involved("MathAPI", 2, new SplittableRandom(seed));
            assertEquals(3, c.size());
            assertEquals(3, Set.copyOf(c).size());
            assertTrue(Distractors.BFCL_CLASSES.containsAll(c) && c.contains("MathAPI"));
        }
        assertEquals(List.of("MathAPI"), Distractors.involved("MathAPI", 0, new SplittableRandom(1)));
    }

    @Test
    public void fillTurnSpendsTheBudgetWithApplicableRequests() {
        java.util.List<java.util.function.IntFunction<Request>> menu = List.of(
            room -> null,
            room -> Request.of("one", "a()"),
            room -> room >= 2 ? Request.of("two", "b()", "c()") : null);
        int most = 0;
        for (long seed = 0; seed < 100; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            DraftContext c = new DraftContext(r, new Wording(r), 1, 3, "base");
            List<Request> turn = c.fillTurn(menu);
            int calls = turn.stream().mapToInt(q -> q.calls().size()).sum();
            assertTrue(calls >= 1 && calls <= 3);
            assertEquals("each maker once", turn.size(), turn.stream().map(Request::clause).distinct().count());
            most = Math.max(most, calls);
        }
        assertEquals(3, most);
        SplittableRandom r = new SplittableRandom(1);
        try {
            new DraftContext(r, new Wording(r), 1, 1, "base").fillTurn(List.of(room -> null));
            org.junit.Assert.fail("filled");
        } catch (IllegalStateException e) {
            assertEquals("no request applies to this state", e.getMessage());
        }
    }
}
