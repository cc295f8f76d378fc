package io.envtune.runtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.envtune.api.EpisodeRecord;
import io.envtune.api.FeedbackMode;
import io.envtune.api.PromptVariant;
import io.envtune.api.SamplingParams;
import io.envtune.api.Task;
import io.envtune.api.ToolEnvironment;
import io.envtune.api.TurnScore;
import io.envtune.bfcl.BfclDataset;
import io.envtune.bfcl.TrajectoryCheck;
import io.envtune.runtime.policy.OraclePolicy;
import io.envtune.testkit.BfclFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The whole protocol against the real benchmark: the oracle answers every BFCL turn with its ground truth in the
 * paper's format, through the strict parser, the JSON→Python call decoding and the executor; every turn must pass.
 */
public class OracleProtocolTest {

    private static BfclDataset data;
    private static Function<String, ToolEnvironment> lookup;

    @BeforeClass
    public static void load() {
        data = BfclDataset.load(BfclFixtures.dataDir());
        lookup = io.envtune.testkit.BfclDomains.lookup();
    }

    private static List<Rollout> play(List<Task> tasks, EpisodeConfig config) {
        try (RolloutExecutor executor = new RolloutExecutor(2, 64)) {
            RolloutExecutor.Plan plan = new RolloutExecutor.Plan(config, lookup, AugmenterChain.EMPTY,
                new SamplingParams(1, 0, 1, 0, 512, List.of(), 1), false);
            return executor.runAll(tasks, t -> new OraclePolicy(t, lookup), plan);
        }
    }

    private static List<String> failures(List<Rollout> rollouts) {
        List<String> failed = new ArrayList<>();
        for (Rollout r : rollouts) {
            EpisodeRecord rec = r.record();
            boolean ok = rec.turnScores().size() == rec.turnCount()
                && rec.turnScores().stream().allMatch(TurnScore::passed);
            if (!ok) {
                failed.add(rec.taskId() + " " + rec.turnScores());
            }
        }
        return failed;
    }

    @Test
    public void oracleSucceedsOnAll800EntriesInStandardMode() {
        List<Rollout> rollouts = play(data.tasks(), EpisodeConfig.evaluation(data.dataDir()));
        assertEquals(800, rollouts.size());
        List<String> failed = failures(rollouts);
        assertTrue(failed.size() + " failed, first: " + failed.stream().limit(5).toList(), failed.isEmpty());
    }

    @Test
    public void oracleTrajectoriesPassTheBfclCheckerAndRescoreIdentically() {
        List<Task> sample = new ArrayList<>();
        for (String split : BfclDataset.SPLITS) {
            sample.addAll(data.tasks(split).subList(0, 10));
        }
        List<Rollout> rollouts = play(sample, EpisodeConfig.evaluation(data.dataDir()));
        for (int i = 0; i < sample.size(); i++) {
            EpisodeRecord rec = rollouts.get(i).record();
            Rescorer.Result again = Rescorer.rescore(rec, sample.get(i), lookup, data.dataDir());
            assertEquals(rec.taskId(), rec.turnScores(), again.turnScores());
            assertEquals(List.of(), again.mismatches());
            List<List<List<String>>> decoded = Decoded.of(rec);
            assertTrue(rec.taskId(), TrajectoryCheck.check(decoded, sample.get(i), lookup, data.dataDir())
                .officialValid());
        }
    }

    @Test
    public void oracleAlsoSucceedsWithAugmentedFeedbackAndTheReleasedCodesEmptyTurnRule() {
        List<Task> missing = data.tasks("miss_param").subList(0, 20);
        EpisodeConfig config = new EpisodeConfig("S3", FeedbackMode.AUGMENTED, PromptVariant.B, 5,
            EmptyTurnCalls.SKIP_WITH_WARNING, data.dataDir());
        List<String> failed = failures(play(missing, config));
        assertTrue(failed.toString(), failed.isEmpty());
    }
}
