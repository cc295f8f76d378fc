package io.envtune.bench.internal;

import io.envtune.api.EnvironmentInstance;
import io.envtune.bfcl.EpisodeEnvironments;
import io.envtune.bfcl.TurnChecks;
import java.util.List;
import java.util.Map;

/**
 * One turn's ground-truth replay and state check, as the checker and the runtime's turn scorer do it: the turn's
 * ground truth runs on the model-side and on the ground-truth instance sets, then every public attribute of every
 * class is compared and every ground-truth result must be among the model's results so far. Stateless.
 */
public final class TurnReplay {

    private TurnReplay() {
    }

    /**
     * @param groundTruth the turn's ground-truth calls
     * @param model the model-side instances (advanced by this call)
     * @param truth the ground-truth instances (advanced by this call)
     * @param modelResults every model result so far; this turn's results are appended
     * @return whether the turn passes (always true for a faithful port replaying the ground truth)
     */
    public static boolean replayAndCheck(List<String> groundTruth, EpisodeEnvironments model,
                                         EpisodeEnvironments truth, List<String> modelResults) {
        modelResults.addAll(model.executeAll(groundTruth));
        List<String> truthResults = truth.executeAll(groundTruth);
        boolean same = true;
        for (Map.Entry<String, EnvironmentInstance> e : truth.instances().entrySet()) {
            same &= TurnChecks.differingAttributes(model.instances().get(e.getKey()), e.getValue()).isEmpty();
        }
        return same && TurnChecks.missingItems(truthResults, modelResults).isEmpty();
    }
}
