package io.envtune.train;

import io.envtune.api.PromotionRule;
import io.envtune.api.Stage;
import io.envtune.curriculum.PaperCurriculum;
import io.envtune.runtime.EmptyTurnCalls;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers of {@link TrainProfile#paper()}, each from the paper (arXiv 2510.10197 v2) or its released code
 * (inclusionAI/AWorld-RL, EnvTuning, commit 4aeef7b) as summarised in {@code shared/PAPER.md}; the section is named
 * beside each. Where the two disagree the paper wins, except where the paper says nothing.
 */
final class PaperProfile {

    /** §3.1 / §2: stage 1 trains on {@code train_format_75}, 75 easy tasks. */
    static final int SYNTAX_TASKS = 75;
    /** §7: {@code rollout.n}, 16 rollouts per prompt. */
    static final int GROUP_SIZE = 16;
    /** §7: {@code data.train_batch_size}, 16 prompts per step in stage 1. */
    static final int STAGE1_BATCH = 16;
    /** §7: {@code data.train_batch_size}, 32 prompts per step in stages 2 and 3 (and 4, which has no script). */
    static final int BATCH = 32;
    /** §7: {@code max_response_length} over the whole multi-turn trajectory in stages 1 and 2. */
    static final int TRAJECTORY_TOKENS = 10_000;
    /** §7: the same in stage 3 (stage 4, without a released script, is taken to match it: same data). */
    static final int TRAJECTORY_TOKENS_LATE = 24_576;
    /**
     * §7 notes: {@code max_step_limit} 5, the turn force-closed on the attempt that takes the count above 5, so a
     * user turn gets at most 6 assistant messages (envtune's cap counts messages and closes after the N-th).
     */
    static final int MESSAGES_PER_TURN = 6;
    /** §7: {@code test_freq} 1, validation after every step (Remark 3.1 reads validation accuracy). */
    static final int VALIDATE_EVERY = 1;
    /** §7: {@code save_freq} 5. */
    static final int CHECKPOINT_EVERY = 5;
    /** §3.1: 20 epochs per stage, at most 80 / 60 / 240 steps; stage 4 (no script) as stage 3. */
    static final List<Integer> MAX_STEPS = List.of(80, 60, 240, 240);
    /**
     * Remark 3.1 names the rule (validation accuracy plateaued and gradient norm stable) but no numbers: window 5,
     * an accuracy gain of at most 0.01 and a gradient-norm spread of at most 25% are envtune's
     * ({@link PaperCurriculum#defaultRule()}), as is the floor of 10 steps per stage.
     */
    static final PromotionRule RULE = PaperCurriculum.defaultRule();

    private PaperProfile() {
    }

    static TrainProfile create() {
        List<Stage> base = PaperCurriculum.stages(SYNTAX_TASKS, TRAJECTORY_TOKENS, MESSAGES_PER_TURN, RULE);
        List<Stage> stages = new ArrayList<>();
        Map<String, StagePlan.Settings> plan = new LinkedHashMap<>();
        for (int i = 0; i < base.size(); i++) {
            Stage s = base.get(i);
            int tokens = i < 2 ? TRAJECTORY_TOKENS : TRAJECTORY_TOKENS_LATE;
            // One response may use what is left of the trajectory's budget: the released rollout sets no smaller
            // per-call bound.
            stages.add(new Stage(s.name(), s.splits(), s.subsetSize(), s.rewards(), s.feedbackMode(),
                s.promptVariant(), s.maxStepsPerTurn(), tokens, new PromotionRule(RULE.window(),
                RULE.accuracyTolerance(), RULE.gradNormTolerance(), RULE.minSteps(), MAX_STEPS.get(i))));
            plan.put(s.name(), new StagePlan.Settings(i == 0 ? STAGE1_BATCH : BATCH, tokens));
        }
        return new TrainProfile("paper", stages, GROUP_SIZE, BATCH, VALIDATE_EVERY, 1.0, CHECKPOINT_EVERY, 2,
            EmptyTurnCalls.EXECUTE, new StagePlan(StagePlan.Metric.ACCURACY, plan));
    }
}
