package io.envtune.policy.djl.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.envtune.policy.djl.PolicyOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** Supervised steps on real DJL tensors: the loss falls, checkpoints load as models, resume is exact. */
public class SftTrainerTest {

    private static List<List<TrainBatch.Item>> items(Path model) {
        List<SftEpisode> episodes = SftData.fromTasks(SftFixtures.ticketTasks(), SftFixtures.plan()).episodes();
        ModelConfig config = ModelConfig.parse(Checkpoints.readText(model.resolve("config.json")));
        try (ModelTokenizer tok = ModelTokenizer.load(model, config)) {
            return SftTokens.all(episodes, tok);
        }
    }

    @Test
    public void lossFallsOnATinyModel() {
        Path model = SftFixtures.tinyModel(3);
        List<List<TrainBatch.Item>> data = items(model);
        List<SftRun.Progress> steps;
        try (SftTrainer trainer = new SftTrainer(model, "cpu")) {
            steps = new SftRun(trainer, data, new SftSettings(12, 2e-2, 1, 2, 100, 8192))
                .run(TinyModels.tempDir("sft-out"), false, p -> { });
        }
        double first = steps.get(0).stats().loss();
        double last = steps.get(steps.size() - 1).stats().loss();
        assertTrue("starts near ln(vocab): " + first, first > 4);
        assertTrue("loss fell: " + first + " -> " + last, last < 0.6 * first);
    }

    @Test
    public void resumedRunEndsBitForBitWhereAnUninterruptedOneEnds() throws IOException {
        Path model = SftFixtures.tinyModel(4);
        List<List<TrainBatch.Item>> data = items(model);
        SftSettings settings = new SftSettings(4, 5e-3, 2, 2, 2, 8192);
        Path straight = TinyModels.tempDir("sft-straight");
        try (SftTrainer t = new SftTrainer(model, "cpu")) {
            new SftRun(t, data, settings).run(straight, false, p -> { });
        }
        Path resumed = TinyModels.tempDir("sft-resumed");
        try (SftTrainer t = new SftTrainer(model, "cpu")) {
            new SftRun(t, data, settings).run(resumed, false, p -> {
                if (p.step() == 3) {
                    throw new IllegalStateException("killed");
                }
            });
            fail("the run should have been interrupted");
        } catch (IllegalStateException e) {
            assertEquals("killed", e.getMessage());
        }
        List<Integer> ran = new ArrayList<>();
        try (SftTrainer t = new SftTrainer(model, "cpu")) {
            new SftRun(t, data, settings).run(resumed, true, p -> ran.add(p.step()));
            assertEquals(4, t.steps());
        }
        assertEquals("resumed after the step-2 checkpoint", List.of(3, 4), ran);
        for (String f : List.of(Weights.SINGLE, Checkpoints.OPTIMIZER)) {
            assertArrayEquals(f, Files.readAllBytes(straight.resolve(f)), Files.readAllBytes(resumed.resolve(f)));
        }
        try (DjlPolicy p = new DjlPolicy(resumed, PolicyOptions.defaults("sft"))) {
            assertFalse("the checkpoint loads as a model and generates", p.generateIds(List.of(1, 2, 3), 4).isEmpty());
        }
    }

    @Test
    public void resumeWithOtherSettingsIsRefused() {
        Path model = SftFixtures.tinyModel(5);
        List<List<TrainBatch.Item>> data = items(model);
        Path out = TinyModels.tempDir("sft-other");
        try (SftTrainer t = new SftTrainer(model, "cpu")) {
            new SftRun(t, data, new SftSettings(1, 5e-3, 2, 1, 1, 8192)).run(out, false, p -> { });
        }
        try (SftTrainer t = new SftTrainer(model, "cpu")) {
            new SftRun(t, data, new SftSettings(1, 5e-3, 9, 1, 1, 8192)).run(out, true, p -> { });
            fail("a resume with another seed must be refused");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("sft_seed"));
        }
    }
}
