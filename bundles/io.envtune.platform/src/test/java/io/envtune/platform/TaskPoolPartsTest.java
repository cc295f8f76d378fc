package io.envtune.platform;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.envtune.api.Task;
import io.envtune.testkit.BfclFixtures;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

/**
 * The seeded split of the real BFCL data (the paper's 100 train / 25 validation / 75 test per split): the three
 * parts are disjoint and together hold all 800 entries, and the same seed gives the same parts. Skipped without
 * {@code ../shared/bfcl}, failed under CI.
 */
public final class TaskPoolPartsTest {

    private static TaskPool pool(long seed) {
        return TaskCatalog.open(TaskOrigin.of(BfclFixtures.bfclDirOrSkip().resolve("data").toString(), ""),
            List::of).pool(seed);
    }

    @Test
    public void thePartsAreDisjointAndCoverAll800Entries() {
        TaskPool pool = pool(TaskCatalog.DEFAULT_SEED);
        Set<String> seen = new HashSet<>();
        int total = 0;
        for (TaskPool.Part part : TaskPool.Part.values()) {
            for (Task t : pool.all(part)) {
                total++;
                if (!seen.add(t.id())) {
                    fail(t.id() + " is in two parts (second: " + part.label() + ")");
                }
            }
        }
        assertEquals(800, total);
        assertEquals(800, seen.size());
        Map<String, Integer> sizes = Map.of("train", 100, "validation", 25, "test", 75);
        for (TaskPool.Part part : TaskPool.Part.values()) {
            assertEquals(List.of("base", "long_context", "miss_func", "miss_param"),
                pool.part(part).keySet().stream().sorted().toList());
            pool.part(part).forEach((split, tasks) -> {
                assertEquals(part.label() + " " + split, (int) sizes.get(part.label()), tasks.size());
                assertTrue(tasks.stream().allMatch(t -> t.split().equals(split)));
            });
        }
    }

    @Test
    public void theSameSeedGivesTheSamePartsAndAnotherSeedOthers() {
        List<String> a = ids(pool(7).all(TaskPool.Part.TEST));
        assertEquals(a, ids(pool(7).all(TaskPool.Part.TEST)));
        List<String> b = ids(pool(8).all(TaskPool.Part.TEST));
        assertTrue("seed 8 must draw another test half", !new HashSet<>(a).equals(new HashSet<>(b)));
    }

    @Test
    public void partNamesAreTheCommandsWords() {
        assertEquals(TaskPool.Part.TEST, TaskPool.Part.of("test"));
        assertEquals(TaskPool.Part.VALIDATION, TaskPool.Part.of("Validation"));
        try {
            TaskPool.Part.of("dev");
            fail("dev is no part");
        } catch (IllegalArgumentException e) {
            assertEquals("no part 'dev'; parts: train, validation, test", e.getMessage());
        }
    }

    private static List<String> ids(List<Task> tasks) {
        return tasks.stream().map(Task::id).toList();
    }
}
