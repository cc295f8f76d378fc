package io.envtune.bfcl;

import io.envtune.api.Task;
import io.envtune.api.ToolEnvironment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * BFCL's {@code multi_turn_checker}: executes the model's steps and the ground truth turn by turn on two separate
 * instance sets and, for each turn with ground truth, requires a non-empty model turn, equal instance states (Python
 * equality of every public attribute) and every ground-truth result string among the model's results so far
 * (a multiset, across turns). Turns whose ground truth is empty are executed but not checked. Stateless.
 */
public final class MultiTurnChecker {

    private MultiTurnChecker() {
    }

    /**
     * The verdict BFCL's scorer records: {@link CheckError#FORCE_TERMINATED} when the turn counts differ, otherwise
     * {@link #check}.
     *
     * @param decoded the decoded model calls: [turn][step][call string]
     * @param task the task with its ground truth
     * @param lookup finds the environment of a class name; returns null when there is none
     * @param dataDir the folder holding {@code long_context_constants.json}; may be null without long context
     * @return the verdict
     * @throws IllegalArgumentException when a class has no environment or a scenario is rejected
     */
    public static CheckVerdict evaluate(List<List<List<String>>> decoded, Task task,
                                        Function<String, ToolEnvironment> lookup, Path dataDir) {
        int expected = task.turns().size();
        if (decoded.size() != expected) {
            return CheckVerdict.failed(CheckError.FORCE_TERMINATED, "Model was force-terminated during inference "
                + "phase. The length of the model result turns (" + decoded.size() + ") does not match the length "
                + "of the ground truth turns (" + expected + ").", null);
        }
        return check(decoded, task, lookup, dataDir);
    }

    /**
     * The checker itself, for trajectories with one entry per ground-truth turn (a missing turn counts as empty).
     *
     * @param decoded the decoded model calls: [turn][step][call string]
     * @param task the task with its ground truth
     * @param lookup finds the environment of a class name; returns null when there is none
     * @param dataDir the folder holding {@code long_context_constants.json}; may be null without long context
     * @return the verdict of the first failing turn, or a pass
     * @throws IllegalArgumentException when a class has no environment or a scenario is rejected
     */
    public static CheckVerdict check(List<List<List<String>>> decoded, Task task,
                                     Function<String, ToolEnvironment> lookup, Path dataDir) {
        try (EpisodeEnvironments model = EpisodeEnvironments.open(task, lookup, dataDir);
             EpisodeEnvironments truth = EpisodeEnvironments.open(task, lookup, dataDir)) {
            Run run = new Run(model, truth);
            for (int t = 0; t < task.turns().size(); t++) {
                List<List<String>> steps = t < decoded.size() ? decoded.get(t) : List.of();
                CheckVerdict verdict = run.turn(t, steps, task.turns().get(t).groundTruth());
                if (verdict != null) {
                    return verdict;
                }
            }
            return CheckVerdict.passed();
        }
    }

    /** One checker run: the two instance sets and the model's cumulative results. */
    private static final class Run {
        private final EpisodeEnvironments model;
        private final EpisodeEnvironments truth;
        private final List<String> allModelResults = new ArrayList<>();

        Run(EpisodeEnvironments model, EpisodeEnvironments truth) {
            this.model = model;
            this.truth = truth;
        }

        /** Executes both sides of one turn, then checks it; null when the turn passes or is not checked. */
        CheckVerdict turn(int turn, List<List<String>> steps, List<String> groundTruth) {
            steps.forEach(step -> allModelResults.addAll(model.executeAll(step)));
            List<String> truthResults = truth.executeAll(groundTruth);
            if (groundTruth.isEmpty()) {
                return null;
            }
            if (TurnChecks.isEmptyTurn(steps)) {
                return CheckVerdict.failed(CheckError.EMPTY_TURN_MODEL_RESPONSE,
                    "Model response list is empty for turn " + turn, turn);
            }
            CheckVerdict state = stateCheck(turn);
            if (state != null) {
                return state;
            }
            List<String> missing = TurnChecks.missingItems(truthResults, allModelResults);
            if (missing.isEmpty()) {
                return null;
            }
            return new CheckVerdict(false, CheckError.EXECUTION_RESPONSE_MISMATCH, "Model response execution results "
                + "so far does not contain all the ground truth response execution results for turn " + turn + ".",
                turn, null, missing);
        }

        /** Classes in involved order; the first class with a differing attribute fails the turn. */
        private CheckVerdict stateCheck(int turn) {
            for (var e : truth.instances().entrySet()) {
                List<String> differing =
                    TurnChecks.differingAttributes(model.instances().get(e.getKey()), e.getValue());
                if (!differing.isEmpty()) {
                    return new CheckVerdict(false, CheckError.INSTANCE_STATE_MISMATCH, "Model instance for "
                        + e.getKey() + " does not match the state with ground truth instance.", turn, differing, null);
                }
            }
            return null;
        }
    }
}
