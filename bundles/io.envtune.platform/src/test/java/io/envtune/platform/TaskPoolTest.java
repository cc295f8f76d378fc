package io.envtune.platform;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.envtune.api.ChatMessage;
import io.envtune.api.FeedbackMode;
import io.envtune.api.PromotionRule;
import io.envtune.api.PromptVariant;
import io.envtune.api.Role;
import io.envtune.api.Stage;
import io.envtune.api.Task;
import io.envtune.api.UserTurn;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

/** The split rules and the stage rule every face uses. */
public final class TaskPoolTest {

    static Task task(String id, String split, int turns) {
        List<UserTurn> ts = new ArrayList<>();
        for (int i = 0; i < turns; i++) {
            ts.add(new UserTurn(List.of(new ChatMessage(Role.USER, "q" + i)), List.of(), List.of()));
        }
        return new Task(id, split, List.of("MathAPI"), Map.of(), ts, false);
    }

    static Stage stage(List<String> splits, int subset) {
        return new Stage("s", splits, subset, List.of(), FeedbackMode.STANDARD, PromptVariant.A, 5, 64,
            new PromotionRule(2, 0.02, 0.5, 1, 2));
    }

    private static Map<String, List<Task>> tasks(int perSplit) {
        Map<String, List<Task>> out = new LinkedHashMap<>();
        for (String split : List.of("base", "miss_func")) {
            List<Task> ts = new ArrayList<>();
            for (int i = 0; i < perSplit; i++) {
                ts.add(task(split + "_" + i, split, 1 + i % 4));
            }
            out.put(split, ts);
        }
        return out;
    }

    @Test
    public void paperSplitAndProportionsAgreeOnTwoHundredPerSplit() {
        TaskPool paper = TaskPool.split(tasks(200), 100, 25, 7);
        TaskPool proportional = TaskPool.splitInProportion(tasks(200), 7);
        assertEquals(paper, proportional);
        assertEquals(200, paper.allTrain().size());
        assertEquals(50, paper.allValidation().size());
        assertEquals(150, paper.allTest().size());
    }

    @Test
    public void theThreePartsAreDisjointAndCoverEveryTask() {
        for (int n : new int[] {1, 2, 3, 4, 5, 9, 41}) {
            TaskPool pool = TaskPool.splitInProportion(tasks(n), 3);
            Set<String> seen = new HashSet<>();
            List<Task> all = new ArrayList<>(pool.allTrain());
            all.addAll(pool.allValidation());
            all.addAll(pool.allTest());
            all.forEach(t -> assertTrue("twice: " + t.id(), seen.add(t.id())));
            assertEquals(2 * n, seen.size());
            assertEquals(2 * ((n + 1) / 2), pool.allTrain().size());
        }
    }

    @Test
    public void aSubsetStageTakesTheFewestTurnsFirstInSplitOrder() {
        TaskPool pool = new TaskPool(tasks(8), Map.of(), Map.of());
        List<Task> picked = pool.stageTasks(stage(List.of("miss_func", "base"), 4));
        // turns cycle 1,2,3,4: the one-turn tasks of miss_func come before those of base, then the two-turn ones.
        assertEquals(List.of("miss_func_0", "miss_func_4", "base_0", "base_4"), picked.stream().map(Task::id)
            .toList());
        assertEquals(16, pool.stageTasks(stage(List.of("miss_func", "base"), 0)).size());
    }

    @Test
    public void stagesNeverSeeValidationOrTestTasks() {
        TaskPool pool = TaskPool.split(tasks(40), 10, 5, 11);
        List<Task> stageTasks = pool.stageTasks(stage(List.of("base", "miss_func"), 0));
        assertEquals(pool.allTrain(), stageTasks);
        stageTasks.forEach(t -> assertTrue(!pool.allTest().contains(t) && !pool.allValidation().contains(t)));
    }
}
