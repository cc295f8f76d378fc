package io.envtune.runtime.internal;

import io.envtune.api.TurnScore;
import io.envtune.bfcl.EpisodeEnvironments;
import io.envtune.bfcl.TurnChecks;
import java.util.List;
import java.util.Map;

/**
 * Scores one user turn with BFCL's checker rules, on live instances: the ground truth runs on its own instance set,
 * then the model's state must equal it and every ground-truth result must be among the model's results so far. A
 * turn with empty ground truth scores 1 when the model called nothing in it, else 0. Shared by live episodes and
 * offline re-scoring, so both give identical numbers.
 */
public final class TurnScorer {

    private TurnScorer() {
    }

    /**
     * @param turn the turn index
     * @param groundTruth the turn's ground-truth calls
     * @param callsInTurn how many calls the model made in this turn (executed or not)
     * @param modelResults every model result string so far, all turns
     * @param model the model's instances
     * @param truth the ground-truth instances (the turn's ground truth runs on them here)
     * @return the score
     */
    public static TurnScore score(int turn, List<String> groundTruth, int callsInTurn, List<String> modelResults,
                                  EpisodeEnvironments model, EpisodeEnvironments truth) {
        List<String> truthResults = truth.executeAll(groundTruth);
        if (groundTruth.isEmpty()) {
            return callsInTurn == 0 ? new TurnScore(turn, true, "")
                : new TurnScore(turn, false, "multi_turn:call_in_empty_turn");
        }
        if (callsInTurn == 0) {
            return new TurnScore(turn, false, "multi_turn:empty_turn_model_response");
        }
        for (Map.Entry<String, io.envtune.api.EnvironmentInstance> e : truth.instances().entrySet()) {
            if (!TurnChecks.differingAttributes(model.instances().get(e.getKey()), e.getValue()).isEmpty()) {
                return new TurnScore(turn, false, "multi_turn:instance_state_mismatch");
            }
        }
        if (!TurnChecks.missingItems(truthResults, modelResults).isEmpty()) {
            return new TurnScore(turn, false, "multi_turn:execution_response_mismatch");
        }
        return new TurnScore(turn, true, "");
    }
}
