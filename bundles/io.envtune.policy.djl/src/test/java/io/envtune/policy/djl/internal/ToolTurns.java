package io.envtune.policy.djl.internal;

import io.envtune.api.EpisodeRecord;
import io.envtune.api.FeedbackMode;
import io.envtune.api.Policy;
import io.envtune.api.PromptVariant;
import io.envtune.api.SamplingParams;
import io.envtune.api.Task;
import io.envtune.runtime.AugmenterChain;
import io.envtune.runtime.EmptyTurnCalls;
import io.envtune.runtime.EpisodeConfig;
import io.envtune.runtime.Rollout;
import io.envtune.runtime.RolloutExecutor;
import java.util.List;

/**
 * Tool-turn accuracy of a policy: over the turns whose ground truth has at least one call, the share that pass (a
 * turn never reached counts as failed). Episodes are played through the runtime as RL evaluation plays them.
 */
final class ToolTurns {

    private ToolTurns() {
    }

    /**
     * @param correct passed tool turns
     * @param total tool turns
     */
    record Score(int correct, int total) {
        double accuracy() {
            return total == 0 ? 0 : (double) correct / total;
        }

        double stdErr() {
            double p = accuracy();
            return total == 0 ? 0 : Math.sqrt(p * (1 - p) / total);
        }
    }

    static Score play(Policy policy, List<Task> tasks, double temperature, PromptVariant variant) {
        EpisodeConfig config = new EpisodeConfig("sft-eval", FeedbackMode.STANDARD, variant, 5,
            EmptyTurnCalls.EXECUTE, null);
        SamplingParams sp = new SamplingParams(1, temperature, 1, 0, 96, List.of(), 7);
        try (RolloutExecutor ex = new RolloutExecutor(1, 64)) {
            List<Rollout> rollouts = ex.runAll(tasks, t -> policy,
                new RolloutExecutor.Plan(config, Domains.lookup(), AugmenterChain.EMPTY, sp, false));
            int correct = 0;
            int total = 0;
            for (int i = 0; i < tasks.size(); i++) {
                Task t = tasks.get(i);
                EpisodeRecord r = rollouts.get(i).record();
                if (i < 3 && Boolean.getBoolean("envtune.sft.show")) {
                    System.out.println(t.turns().get(0).messages() + " GT " + t.turns().get(0).groundTruth()
                        + "\n  -> " + (r.steps().isEmpty() ? "" : r.steps().get(0).modelText()));
                }
                for (int turn = 0; turn < t.turns().size(); turn++) {
                    if (t.turns().get(turn).groundTruth().isEmpty()) {
                        continue;
                    }
                    total++;
                    final int k = turn;
                    correct += r.turnScores().stream().anyMatch(s -> s.turn() == k && s.passed()) ? 1 : 0;
                }
            }
            return new Score(correct, total);
        }
    }
}
