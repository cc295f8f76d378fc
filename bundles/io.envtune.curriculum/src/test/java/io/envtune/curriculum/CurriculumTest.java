package io.envtune.curriculum;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.envtune.api.FeedbackMode;
import io.envtune.api.PromotionRule;
import io.envtune.api.PromptVariant;
import io.envtune.api.StepMetrics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class CurriculumTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private static final PromotionRule RULE = new PromotionRule(3, 0.01, 0.2, 4, 20);

    @Test
    public void paperStagesAreTheFourOfTheMethod() {
        var s = PaperCurriculum.stages();
        assertEquals(4, s.size());
        assertEquals("format", s.get(0).rewards().get(0).name());
        assertEquals(FeedbackMode.AUGMENTED, s.get(1).feedbackMode());
        assertEquals(PromptVariant.B, s.get(2).promptVariant());
        assertEquals(FeedbackMode.STANDARD, s.get(3).feedbackMode());
        assertEquals(4, s.get(3).splits().size());
    }

    @Test
    public void risingAccuracyIsNoPlateau() {
        List<StepMetrics> m = List.of(new StepMetrics(1, 0, 1.0, 0.1), new StepMetrics(2, 0, 1.0, 0.2),
            new StepMetrics(3, 0, 1.0, 0.3));
        assertFalse(PromotionCheck.shouldPromote(RULE, 5, m));
    }

    @Test
    public void flatAccuracyWithStableGradientPromotes() {
        List<StepMetrics> m = List.of(new StepMetrics(1, 0, 1.0, 0.30), new StepMetrics(2, 0, 1.1, 0.305),
            new StepMetrics(3, 0, 0.95, 0.30));
        assertTrue(PromotionCheck.shouldPromote(RULE, 5, m));
        assertFalse("not before minSteps", PromotionCheck.shouldPromote(RULE, 3, m));
    }

    @Test
    public void explodingGradientBlocksPromotion() {
        List<StepMetrics> m = List.of(new StepMetrics(1, 0, 0.3, 0.30), new StepMetrics(2, 0, 1.5, 0.30),
            new StepMetrics(3, 0, 2.9, 0.30));
        assertFalse(PromotionCheck.shouldPromote(RULE, 5, m));
        assertTrue("maxSteps always promotes", PromotionCheck.shouldPromote(RULE, 20, m));
    }

    @Test
    public void stateSurvivesARestartAndManualPromotionMoves() throws Exception {
        Path state = tmp.getRoot().toPath().resolve("run/curriculum.json");
        var stages = PaperCurriculum.stages(10, 256, RULE);
        Curriculum c = new Curriculum(stages, state);
        for (int i = 0; i < 3; i++) {
            c.observe(new StepMetrics(i, 0.1, 1.0, 0.1 * i));
        }
        c.promote();
        c.observe(new StepMetrics(4, 0.1, 1.0, 0.5));
        assertTrue(Files.exists(state));
        Curriculum resumed = new Curriculum(stages, state);
        assertEquals(1, resumed.currentIndex());
        assertEquals(1, resumed.stepsInStage());
        assertEquals("S2-base-hints", resumed.current().name());
        try (var files = Files.list(state.getParent())) {
            assertEquals("no temporary files left", 1, files.count());
        }
    }

    @Test
    public void lastStageStaysCurrent() {
        Curriculum c = new Curriculum(PaperCurriculum.stages(), null);
        for (int i = 0; i < 6; i++) {
            c.promote();
        }
        assertEquals("S4-all-standard", c.current().name());
    }

    @Test
    public void stagesRoundTripThroughJson() {
        var stages = PaperCurriculum.stages();
        assertEquals(stages, StagesJson.read(StagesJson.write(stages)));
    }

    @Test(expected = IllegalArgumentException.class)
    public void incompleteStageJsonIsRejected() {
        StagesJson.read("[{\"name\": \"x\"}]");
    }
}
