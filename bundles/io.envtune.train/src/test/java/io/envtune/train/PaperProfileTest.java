package io.envtune.train;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.envtune.api.FeedbackMode;
import io.envtune.api.PromptVariant;
import io.envtune.api.Stage;
import io.envtune.runtime.EmptyTurnCalls;
import java.nio.file.Path;
import java.util.List;
import org.junit.Test;

/**
 * Every setting of the {@code paper} profile against the number in the paper or its released code, as
 * {@code shared/PAPER.md} reports them (its section named at each check); the numbers are written here again on
 * purpose, so a change to the profile that leaves the paper has to change this test too.
 */
public class PaperProfileTest {

    private final TrainProfile paper = TrainProfile.paper();

    @Test
    public void theCurriculumIsThePapersFourStages() {
        // PAPER.md §3.1 stage table / §3.2: syntax on a small easy subset with the format reward and standard
        // feedback, then base with hints, all splits with hints, all splits without hints; prompts A, A, B, B.
        assertEquals("paper", paper.name());
        assertEquals(List.of("S1-syntax", "S2-base-hints", "S3-all-hints", "S4-all-standard"),
            paper.stages().stream().map(Stage::name).toList());
        assertEquals(List.of(FeedbackMode.STANDARD, FeedbackMode.AUGMENTED, FeedbackMode.AUGMENTED,
            FeedbackMode.STANDARD), paper.stages().stream().map(Stage::feedbackMode).toList());
        assertEquals(List.of(PromptVariant.A, PromptVariant.A, PromptVariant.B, PromptVariant.B),
            paper.stages().stream().map(Stage::promptVariant).toList());
        assertEquals(List.of("format", "progress", "progress", "progress"), paper.stages().stream()
            .map(s -> s.rewards().get(0).name()).toList());
        // PAPER.md §2 "Data files per stage": stage 1 uses train_format_75.
        assertEquals(75, paper.stages().get(0).subsetSize());
    }

    @Test
    public void groupBatchAndSchedulingAreTheReleasedConfigs() {
        // PAPER.md §7 released configuration: rollout.n 16; train_batch_size 16 (stage 1), 32 (stages 2, 3).
        assertEquals(16, paper.groupSize());
        StagePlan plan = paper.stagePlan();
        assertEquals(List.of(16, 32, 32, 32), paper.stages().stream().map(s -> plan.batchTasks(s, -1)).toList());
        // PAPER.md §7: test_freq 1 (validation every step), save_freq 5.
        assertEquals(1, paper.validateEvery());
        assertEquals(5, paper.checkpointEvery());
        // PAPER.md §3.1 "Maximum steps the code schedule allows": 20 epochs -> 80 (S1), 60 (S2), 240 (S3); S4 has no
        // script and trains on S3's data.
        assertEquals(List.of(80, 60, 240, 240), paper.stages().stream().map(s -> s.promotion().maxSteps()).toList());
        assertEquals(80 + 60 + 240 + 240, paper.defaultSteps());
    }

    @Test
    public void promotionIsJudgedOnValidationAccuracyByThePlateauRule() {
        // PAPER.md §3.1 "Moving to the next stage" [v2 Remark 3.1]: validation accuracy has plateaued and the
        // gradient norm is stable.
        assertEquals(StagePlan.Metric.ACCURACY, paper.stagePlan().promotionMetric());
        for (Stage s : paper.stages()) {
            assertTrue(s.name(), s.promotion().window() >= 2 && s.promotion().accuracyTolerance() > 0
                && s.promotion().gradNormTolerance() > 0);
        }
        Evaluation v = new Evaluation(4, 4, new io.envtune.train.Figure(0.25, 0.1, 4),
            new io.envtune.train.Figure(0.75, 0.1, 4), null, null, null, 1, 0, null);
        assertEquals(0.25, TrainingRun.promotionFigure(paper.stagePlan(), v), 0);
        assertEquals("the built-in default reads progress", 0.75,
            TrainingRun.promotionFigure(TrainProfile.builtin().stagePlan(), v), 0);
    }

    @Test
    public void theStepCapAndTheTokenBudgetFollowTheReleasedCode() {
        // PAPER.md §7 notes on max_step_limit: 5, force-closed on the 6th attempt, so a user turn gets at most 6
        // assistant messages; envtune's cap counts messages and closes the turn after the N-th.
        paper.stages().forEach(s -> assertEquals(s.name(), 6, s.maxStepsPerTurn()));
        // PAPER.md §7: max_response_length over the whole multi-turn trajectory: 10000 (stages 1, 2), 24576 (stage 3).
        assertEquals(List.of(10_000, 10_000, 24_576, 24_576), paper.stages().stream()
            .map(s -> paper.stagePlan().trajectoryTokens(s)).toList());
        // No smaller per-response bound: one response may use what is left of its trajectory's budget.
        paper.stages().forEach(s -> assertEquals(s.name(), paper.stagePlan().trajectoryTokens(s),
            s.responseBudget()));
    }

    @Test
    public void aRunOfThePaperProfileGetsItsPlanAndAGivenBatchWinsEverywhere() {
        TrainConfig c = new TrainRequest(paper, 0, 0, 0, 7, Path.of("run")).config(null);
        assertEquals(16, c.groupSize());
        assertEquals(620, c.maxSteps());
        assertEquals(16, c.stagePlan().batchTasks(paper.stages().get(0), c.batchTasks()));
        assertEquals(32, c.stagePlan().batchTasks(paper.stages().get(1), c.batchTasks()));
        assertEquals(EmptyTurnCalls.EXECUTE, c.emptyTurnCalls());
        TrainConfig given = new TrainRequest(paper, 0, 0, 8, 7, Path.of("run")).config(null);
        assertEquals(8, given.stagePlan().batchTasks(paper.stages().get(0), given.batchTasks()));
        assertEquals(8, given.stagePlan().batchTasks(paper.stages().get(2), given.batchTasks()));
        assertEquals("the budget stays", 24_576, given.stagePlan().trajectoryTokens(paper.stages().get(2)));
    }

    @Test
    public void theBuiltinDefaultKeepsItsOwnPlan() {
        assertEquals(StagePlan.DEFAULT, TrainProfile.builtin().stagePlan());
        assertEquals(StagePlan.DEFAULT, TrainProfile.bfcl().stagePlan());
        assertEquals(TrainProfile.paper(), TrainProfile.named("paper", true));
        assertEquals(TrainProfile.bfcl(), TrainProfile.named("builtin", true));
        assertEquals(TrainProfile.builtin(), TrainProfile.named("builtin", false));
    }
}
