package io.envtune.train;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class TrainingRunTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void theLoopLearnsWalksTheStagesAndWritesItsRunFolder() throws Exception {
        long t0 = System.nanoTime();
        BuiltinFixture f = new BuiltinFixture();
        Path dir = tmp.getRoot().toPath().resolve("run");
        Summary s = f.run(dir, 12, f.policy(), false);
        assertEquals(12, s.steps());
        assertTrue("wall time is this run's, counted once: " + s.wall_seconds(),
            s.wall_seconds() > 0 && s.wall_seconds() < (System.nanoTime() - t0) / 1e9 + 1);
        assertTrue("progress rose: " + s.progress_before() + " -> " + s.progress_after(),
            s.progress_after() > s.progress_before() + 0.2);
        assertTrue("measured when stage 1 ended", s.format_validity_after_stage1() >= 0
            && s.format_validity_after_stage1() <= 1);
        assertEquals("S4-all-standard", s.final_stage());
        for (String file : List.of("summary.json", "metrics.jsonl", "state.json", "curriculum.json",
            "records/step-00012.jsonl", "checkpoints/step-00012/logits.txt")) {
            assertTrue(file, Files.exists(dir.resolve(file)));
        }
        List<StepLog> metrics = new RunFolder(dir).readMetrics(Long.MAX_VALUE);
        assertEquals(12, metrics.size());
        honestFigures(s, dir, metrics);
    }

    /** The summary's validation block, the baseline beside it, and the step-time split of every step. */
    private static void honestFigures(Summary s, Path dir, List<StepLog> metrics) {
        assertFalse(s.constrained());
        assertEquals("strategy", s.model().initial());
        assertEquals(dir.resolve("checkpoints/step-00012").toAbsolutePath().toString(), s.model().final_checkpoint());
        ValidationSummary v = s.validation();
        assertEquals(4, v.samples_per_task());
        assertEquals(v.tasks() * 4, v.before().episodes());
        assertEquals(v.tasks() * 4, v.after().episodes());
        assertTrue(v.before().tool_turns() > 0 && v.before().tool_turn_accuracy_se() >= 0);
        assertTrue("after training the strategy calls tools: " + v.after().tool_turn_accuracy(),
            v.after().tool_turn_accuracy() > v.before().tool_turn_accuracy());
        assertEquals("the always-answer policy never passes a tool turn", 0, v.always_answer().tool_turn_accuracy(),
            0);
        assertEquals(v.always_answer().progress(), v.always_answer_progress(), 0);
        assertTrue(v.always_answer_progress() > 0);
        assertEquals(v.tasks(), v.always_answer().episodes());
        assertNull("no grammar, no second measurement", v.unconstrained_after());
        for (StepLog m : metrics) {
            StepTime t = m.time();
            assertTrue(t.rollout() > 0 && t.update() >= 0 && t.scoring() >= 0 && t.validation() >= 0);
            assertTrue(t.rollout() + t.scoring() + t.update() + t.validation() <= m.seconds() + 1e-9);
            assertEquals("validated every step here", !Double.isNaN(m.validationProgress()), t.validation() > 0);
        }
    }

    @Test
    public void aResumedRunContinuesFromItsLastCheckpointExactly() throws Exception {
        BuiltinFixture f = new BuiltinFixture();
        Path straight = tmp.getRoot().toPath().resolve("straight");
        f.run(straight, 8, f.policy(), false);
        Path resumed = tmp.getRoot().toPath().resolve("resumed");
        f.run(resumed, 5, f.policy(), false);
        Summary s = f.run(resumed, 8, f.policy(), true);
        assertEquals(8, s.steps());
        List<StepLog> a = new RunFolder(straight).readMetrics(Long.MAX_VALUE);
        List<StepLog> b = new RunFolder(resumed).readMetrics(Long.MAX_VALUE);
        assertEquals(8, b.size());
        for (int i = 0; i < 8; i++) {
            assertEquals(i + 1, b.get(i).step());
            assertEquals("same rewards after resuming", a.get(i).rewardMean(), b.get(i).rewardMean(), 0.0);
        }
    }
}
