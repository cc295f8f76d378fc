package io.envtune.runtime;

import io.envtune.api.EpisodeRecord;
import io.envtune.api.Step;
import io.envtune.api.Task;
import io.envtune.api.ToolEnvironment;
import io.envtune.api.TurnScore;
import io.envtune.bfcl.EpisodeEnvironments;
import io.envtune.runtime.internal.TurnScorer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Re-scores a recorded episode offline: replays every executed call on fresh instances, in order, and scores each
 * turn the record reached with the same scorer live episodes use. Deterministic environments make the numbers
 * identical to the live ones; {@link Result#mismatches()} lists any result string that came out differently.
 */
public final class Rescorer {

    private Rescorer() {
    }

    /**
     * The re-scored turns and any replay differences.
     *
     * @param turnScores one score per turn the record reached
     * @param mismatches descriptions of calls whose replayed result differs from the recorded one
     */
    public record Result(List<TurnScore> turnScores, List<String> mismatches) {
    }

    /**
     * @param record the record
     * @param task the task it played
     * @param lookup the environment of each class id
     * @param dataDir the BFCL data folder for long-context tasks, or null
     * @return the re-scored turns
     */
    public static Result rescore(EpisodeRecord record, Task task, Function<String, ToolEnvironment> lookup,
                                 Path dataDir) {
        List<TurnScore> scores = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        List<String> modelResults = new ArrayList<>();
        try (EpisodeEnvironments model = EpisodeEnvironments.open(task, lookup, dataDir);
             EpisodeEnvironments truth = EpisodeEnvironments.open(task, lookup, dataDir)) {
            for (int t = 0; t < record.turnScores().size(); t++) {
                int calls = 0;
                for (Step s : stepsOf(record, t)) {
                    calls += s.calls().size();
                    if (s.results().size() == s.calls().size()) {
                        List<String> replayed = model.executeAll(s.calls());
                        compare(s, replayed, mismatches);
                        modelResults.addAll(replayed);
                    }
                }
                scores.add(TurnScorer.score(t, task.turns().get(t).groundTruth(), calls, modelResults, model, truth));
            }
        }
        return new Result(scores, mismatches);
    }

    private static List<Step> stepsOf(EpisodeRecord record, int turn) {
        return record.steps().stream().filter(s -> s.turn() == turn).toList();
    }

    private static void compare(Step s, List<String> replayed, List<String> mismatches) {
        for (int i = 0; i < replayed.size(); i++) {
            if (!replayed.get(i).equals(s.results().get(i))) {
                mismatches.add("turn " + s.turn() + " step " + s.index() + " call " + s.calls().get(i)
                    + ": recorded " + s.results().get(i) + " replayed " + replayed.get(i));
            }
        }
    }
}
