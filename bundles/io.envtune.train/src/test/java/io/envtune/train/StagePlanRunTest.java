package io.envtune.train;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.envtune.api.EpisodeRecord;
import io.envtune.api.Stage;
import io.envtune.runtime.RecordJson;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** A run follows its stage plan: the stage's batch size and its trajectory token budget reach the rollouts. */
public class StagePlanRunTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void theFirstStagesBatchAndTrajectoryBudgetAreApplied() throws Exception {
        BuiltinFixture f = new BuiltinFixture();
        List<Stage> stages = BuiltinFixture.stages();
        // Stage 1: one task per step (the run's batch is 2) and one token per episode (the fixture's policy spends
        // one token per response), so every episode ends after its first response.
        f.plan = new StagePlan(StagePlan.Metric.ACCURACY, Map.of(stages.get(0).name(), new StagePlan.Settings(1, 1)));
        Path dir = tmp.newFolder("run").toPath();
        f.run(dir, 1, f.policy(), false);
        List<EpisodeRecord> step1 = RecordJson.read(dir.resolve("records/step-00001.jsonl"));
        assertEquals("1 task x group 4", 4, step1.size());
        for (EpisodeRecord r : step1) {
            assertEquals(r.taskId(), 1, r.steps().size());
            assertNull("a spent budget is no fault", r.endReason());
        }
        assertTrue(step1.stream().anyMatch(r -> r.turnScores().size() < r.turnCount()));
    }

    @Test
    public void withoutAPlanTheRunsBatchIsUsed() throws Exception {
        BuiltinFixture f = new BuiltinFixture();
        Path dir = tmp.newFolder("run").toPath();
        f.run(dir, 1, f.policy(), false);
        assertEquals("2 tasks x group 4", 8, RecordJson.read(dir.resolve("records/step-00001.jsonl")).size());
    }
}
