package io.envtune.train;

import io.envtune.api.EpisodeRecord;
import io.envtune.api.Step;
import io.envtune.api.StepOutcome;
import io.envtune.api.TurnScore;
import java.util.List;

/**
 * Aggregates over episode records: mean progress (all turns in the denominator, as the paper), success rate and
 * format validity (the share of responses without a format error).
 *
 * @param episodes the number of episodes
 * @param progress the mean progress
 * @param success the share of episodes whose every turn passed
 * @param formatValidity the share of responses that were well-formed
 * @param meanSteps the mean number of policy responses per episode
 */
public record Evaluation(int episodes, double progress, double success, double formatValidity, double meanSteps) {

    /**
     * @param records finished episodes
     * @return their aggregate
     */
    public static Evaluation of(List<EpisodeRecord> records) {
        double progress = 0;
        double success = 0;
        long responses = 0;
        long wellFormed = 0;
        for (EpisodeRecord r : records) {
            long passed = r.turnScores().stream().filter(TurnScore::passed).count();
            progress += r.turnCount() == 0 ? 0 : (double) passed / r.turnCount();
            success += passed == r.turnCount() && r.turnScores().size() == r.turnCount() ? 1 : 0;
            for (Step s : r.steps()) {
                responses++;
                wellFormed += s.outcome() == StepOutcome.FORMAT_ERROR ? 0 : 1;
            }
        }
        int n = records.size();
        return new Evaluation(n, n == 0 ? 0 : progress / n, n == 0 ? 0 : success / n,
            responses == 0 ? 0 : (double) wellFormed / responses, n == 0 ? 0 : (double) responses / n);
    }
}
