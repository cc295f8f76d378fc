package io.envtune.train;

import io.envtune.api.EpisodeRecord;
import io.envtune.api.Step;
import io.envtune.api.Task;
import io.envtune.api.TurnScore;
import io.envtune.runtime.ParsedResponse;
import io.envtune.runtime.ResponseParser;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** The sums of one task's episodes that {@link Evaluation} turns into figures. */
final class TaskTally {

    double episodes;
    double successes;
    double progress;
    double toolPassed;
    double toolTurns;
    double answerPassed;
    double answerTurns;
    double wellFormed;
    double responses;

    /** Adds one episode of {@code task}. */
    void add(EpisodeRecord r, Task task) {
        boolean[] passed = new boolean[task.turns().size()];
        for (TurnScore s : r.turnScores()) {
            if (s.turn() >= 0 && s.turn() < passed.length) {
                passed[s.turn()] |= s.passed();
            }
        }
        int passedTurns = 0;
        for (int t = 0; t < passed.length; t++) {
            boolean calls = !task.turns().get(t).groundTruth().isEmpty();
            passedTurns += passed[t] ? 1 : 0;
            toolTurns += calls ? 1 : 0;
            toolPassed += calls && passed[t] ? 1 : 0;
            answerTurns += calls ? 0 : 1;
            answerPassed += !calls && passed[t] ? 1 : 0;
        }
        episodes++;
        successes += passed.length > 0 && passedTurns == passed.length ? 1 : 0;
        progress += passed.length == 0 ? 0 : (double) passedTurns / passed.length;
        for (Step s : r.steps()) {
            responses++;
            wellFormed += ResponseParser.parse(s.modelText()) instanceof ParsedResponse.FormatError ? 0 : 1;
        }
    }

    /**
     * @param r an episode
     * @param task its task
     * @return whether every turn of the task passed in it (BFCL accuracy's unit)
     */
    static boolean succeeded(EpisodeRecord r, Task task) {
        TaskTally one = new TaskTally();
        one.add(r, task);
        return one.successes > 0;
    }

    static double[] column(List<TaskTally> tallies, ToDoubleFunction<TaskTally> f) {
        return tallies.stream().mapToDouble(f).toArray();
    }
}
