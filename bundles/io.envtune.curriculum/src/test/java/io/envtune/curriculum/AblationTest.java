package io.envtune.curriculum;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.envtune.api.FeedbackMode;
import io.envtune.api.PromotionRule;
import io.envtune.api.PromptVariant;
import io.envtune.api.RewardWeight;
import io.envtune.api.Stage;
import java.util.List;
import org.junit.Test;

public class AblationTest {

    private static final List<Stage> PAPER = PaperCurriculum.stages(10, 128, 3, new PromotionRule(3, 0.02, 0.5, 3, 5));

    @Test
    public void fullKeepsTheCurriculum() {
        assertEquals(PAPER, Ablation.FULL.apply(PAPER));
    }

    @Test
    public void singleStageIsDirectGrpoOverEverySplitWithTheWholeBudget() {
        List<Stage> one = Ablation.SINGLE_STAGE.apply(PAPER);
        assertEquals(1, one.size());
        Stage s = one.get(0);
        assertEquals(List.of("base", "miss_func", "miss_param", "long_context"), s.splits());
        assertEquals(List.of(new RewardWeight("progress", 0.9), new RewardWeight("format", 0.1)), s.rewards());
        assertEquals(FeedbackMode.STANDARD, s.feedbackMode());
        assertEquals(PromptVariant.B, s.promptVariant());
        assertEquals(20, s.promotion().minSteps());
        assertEquals(20, s.promotion().maxSteps());
        assertEquals(0, s.subsetSize());
    }

    @Test
    public void noAugmentationChangesOnlyTheFeedback() {
        List<Stage> off = Ablation.NO_AUGMENTATION.apply(PAPER);
        assertEquals(PAPER.size(), off.size());
        for (int i = 0; i < off.size(); i++) {
            assertEquals(FeedbackMode.STANDARD, off.get(i).feedbackMode());
            assertEquals(PAPER.get(i).rewards(), off.get(i).rewards());
            assertEquals(PAPER.get(i).promptVariant(), off.get(i).promptVariant());
            assertEquals(PAPER.get(i).promotion(), off.get(i).promotion());
        }
    }

    @Test
    public void binaryRewardReplacesProgressOnly() {
        List<Stage> bin = Ablation.BINARY_REWARD.apply(PAPER);
        assertEquals(List.of(new RewardWeight("format", 1)), bin.get(0).rewards());
        for (int i = 1; i < bin.size(); i++) {
            assertEquals(List.of(new RewardWeight("success", 1)), bin.get(i).rewards());
            assertEquals(PAPER.get(i).feedbackMode(), bin.get(i).feedbackMode());
        }
    }

    @Test
    public void namesRoundTripAndUnknownNamesAreListed() {
        for (Ablation a : Ablation.values()) {
            assertEquals(a, Ablation.of(a.key()));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ablation.of("nope"));
        assertTrue(e.getMessage(), e.getMessage().contains("single_stage"));
        assertThrows(IllegalArgumentException.class, () -> Ablation.FULL.apply(List.of()));
    }
}
