package io.envtune.bfcl;

import io.envtune.api.Task;
import io.envtune.api.ToolEnvironment;
import io.envtune.api.UserTurn;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Replays a task's ground truth the way BFCL's checker executes it, and the golden fixtures record it: one instance
 * set for the whole entry, each turn's calls executed in order, the canonical states taken after each turn (and
 * before turn 0). Stateless; safe to call from several threads on different tasks.
 */
public final class GroundTruthReplay {

    private GroundTruthReplay() {
    }

    /**
     * @param task the task
     * @param lookup finds the environment of a class name; returns null when there is none
     * @param dataDir the folder holding {@code long_context_constants.json}; may be null when the task has no long
     *                context
     * @return the replay
     * @throws IllegalArgumentException when a class has no environment or a scenario is rejected
     */
    public static ReplayedEntry replay(Task task, Function<String, ToolEnvironment> lookup, Path dataDir) {
        try (EpisodeEnvironments envs = EpisodeEnvironments.open(task, lookup, dataDir)) {
            Map<String, String> initial = envs.canonicalStates();
            List<ReplayedTurn> turns = new ArrayList<>();
            for (UserTurn turn : task.turns()) {
                List<String> results = envs.executeAll(turn.groundTruth());
                turns.add(new ReplayedTurn(turns.size(), turn.groundTruth(), results, envs.canonicalStates()));
            }
            return new ReplayedEntry(task.id(), task.split(), task.involvedClasses(), task.longContext(), initial,
                turns);
        }
    }

    /**
     * @param task the task
     * @param lookup finds the environment of a class name; returns null when there is none
     * @param dataDir the folder holding {@code long_context_constants.json}; may be null when the task has no long
     *                context
     * @return the golden-fixture JSON line of the replay, without line break
     * @throws IllegalArgumentException when a class has no environment or a scenario is rejected
     */
    public static String replayLine(Task task, Function<String, ToolEnvironment> lookup, Path dataDir) {
        return replay(task, lookup, dataDir).toJsonLine();
    }
}
