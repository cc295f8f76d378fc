package io.envtune.train;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import io.envtune.api.Task;
import io.envtune.train.internal.StepValidation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** A step's validation sees a fixed, seeded subset of the stage's validation tasks. */
public class StepValidationTest {

    private static List<Task> tasks(int n) {
        List<Task> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Task("t" + i, "base", List.of(), Map.of(), List.of(), false));
        }
        return out;
    }

    @Test
    public void aSmallStageKeepsEveryTask() {
        List<Task> few = tasks(StepValidation.MAX_TASKS);
        assertSame(few, StepValidation.subset(few, 3));
    }

    @Test
    public void aLargeStageGetsTheSameSubsetEveryStepAndAnotherOneForAnotherSeed() {
        List<Task> all = tasks(139);
        List<Task> a = StepValidation.subset(all, 7);
        assertEquals(StepValidation.MAX_TASKS, a.size());
        assertEquals(StepValidation.MAX_TASKS, new HashSet<>(a).size());
        assertTrue(all.containsAll(a));
        assertEquals(a, StepValidation.subset(all, 7));
        assertNotEquals(a, StepValidation.subset(all, 8));
        for (int i = 1; i < a.size(); i++) {
            assertTrue("kept in the tasks' order", all.indexOf(a.get(i - 1)) < all.indexOf(a.get(i)));
        }
    }
}
