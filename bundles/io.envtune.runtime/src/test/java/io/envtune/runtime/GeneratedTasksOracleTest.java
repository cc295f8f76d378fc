package io.envtune.runtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.envtune.api.EpisodeRecord;
import io.envtune.api.FeedbackMode;
import io.envtune.api.GenerationSettings;
import io.envtune.api.PromptVariant;
import io.envtune.api.SamplingParams;
import io.envtune.api.Task;
import io.envtune.api.TaskGenerator;
import io.envtune.api.ToolEnvironment;
import io.envtune.api.TurnScore;
import io.envtune.runtime.policy.OraclePolicy;
import io.envtune.testkit.BfclDomains;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.Assume;
import org.junit.BeforeClass;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

/**
 * Every domain's task generator, through the whole episode protocol: the oracle plays 1000 generated tasks (all three
 * splits, default difficulty) with evaluation settings and 200 more (up to 4 calls per turn, two distractor classes)
 * with training settings, and must score progress 1.0 and success 1.0 on every episode (progress = the mean of the
 * 0/1 turn scores, success = every turn passed, as {@code Evaluation} aggregates them). This lives here, not in the
 * test kit, because the runtime depends on the domains and the kit. A domain whose generator class is not on the
 * class path is skipped, named in the skip message.
 */
@RunWith(Parameterized.class)
public class GeneratedTasksOracleTest {

    private static Function<String, ToolEnvironment> lookup;

    private final String generatorClass;

    /** @param generatorClass the generator component's class */
    public GeneratedTasksOracleTest(String generatorClass) {
        this.generatorClass = generatorClass;
    }

    /** @return the eight generator classes, named after their environment classes */
    @Parameterized.Parameters(name = "{0}")
    public static List<String> generators() {
        return BfclDomains.CLASSES.stream().map(c -> c.replace("Environment", "Generator")).toList();
    }

    @BeforeClass
    public static void load() {
        Map<String, ToolEnvironment> envs = BfclDomains.environments();
        lookup = envs::get;
    }

    private TaskGenerator generator() throws ReflectiveOperationException {
        try {
            return (TaskGenerator) Class.forName(generatorClass).getConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            Assume.assumeTrue(generatorClass + " is not on the class path", false);
            throw e;
        }
    }

    @Test
    public void oracleScoresOneOnEveryGeneratedTaskInEvaluation() throws ReflectiveOperationException {
        List<Task> tasks = generator().generate(GenerationSettings.of(1000, 11));
        assertAllPass(play(tasks, EpisodeConfig.evaluation(null)), tasks.size());
    }

    @Test
    public void oracleScoresOneWithDistractorsAndTrainingSettings() throws ReflectiveOperationException {
        List<Task> tasks = generator().generate(new GenerationSettings(200, 12, GenerationSettings.SPLITS, 1, 4, 4, 2));
        EpisodeConfig config = new EpisodeConfig("S3", FeedbackMode.AUGMENTED, PromptVariant.B, 5,
            EmptyTurnCalls.SKIP_WITH_WARNING, null);
        assertAllPass(play(tasks, config), tasks.size());
    }

    private static void assertAllPass(List<Rollout> rollouts, int expected) {
        assertEquals(expected, rollouts.size());
        List<String> failed = new ArrayList<>();
        double progress = 0;
        double success = 0;
        for (Rollout r : rollouts) {
            EpisodeRecord rec = r.record();
            long passed = rec.turnScores().stream().filter(TurnScore::passed).count();
            double p = rec.turnCount() == 0 ? 0 : (double) passed / rec.turnCount();
            boolean s = rec.turnScores().size() == rec.turnCount() && passed == rec.turnCount();
            progress += p;
            success += s ? 1 : 0;
            if (!s) {
                failed.add(rec.taskId() + " " + rec.turnScores());
            }
        }
        assertTrue(failed.size() + " failed, first: " + failed.stream().limit(5).toList(), failed.isEmpty());
        assertEquals(1.0, progress / expected, 0.0);
        assertEquals(1.0, success / expected, 0.0);
    }

    private static List<Rollout> play(List<Task> tasks, EpisodeConfig config) {
        try (RolloutExecutor executor = new RolloutExecutor(2, 64)) {
            RolloutExecutor.Plan plan = new RolloutExecutor.Plan(config, lookup, AugmenterChain.EMPTY,
                new SamplingParams(1, 0, 1, 0, 512, List.of(), 1), false);
            return executor.runAll(tasks, t -> new OraclePolicy(t, lookup), plan);
        }
    }
}
