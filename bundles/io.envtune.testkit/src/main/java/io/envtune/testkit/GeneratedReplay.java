package io.envtune.testkit;

import io.envtune.api.Task;
import io.envtune.api.ToolEnvironment;
import io.envtune.api.ToolResult;
import io.envtune.api.UserTurn;
import io.envtune.toolkit.PyCalls;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Replays a generated task's ground truth on a fresh instance of its environment and checks its shape: every call is
 * one of the environment's tools and succeeds (no failed result, no {@code Error during execution}, no
 * {@code "error":} key in the result), a withheld tool is used by no turn before the one that adds it and by that
 * turn, and the split has BFCL's shape (see {@code TaskDraft}). Stateless.
 */
public final class GeneratedReplay {

    private static final Pattern ERROR_KEY = Pattern.compile("[\"']error[\"']\\s*:");

    private GeneratedReplay() {
    }

    /**
     * @param task a task whose calls all belong to {@code environment}
     * @param environment its environment
     * @return one line per problem, empty when the task is sound
     */
    public static List<String> problems(Task task, ToolEnvironment environment) {
        List<String> out = new ArrayList<>(shape(task));
        Set<String> tools = ToolSession.toolNames(environment);
        Set<String> withheld = new HashSet<>();
        task.turns().forEach(t -> withheld.addAll(t.addedTools()));
        ToolSession session = ToolSession.of(environment, task.initialConfig().getOrDefault(environment.id(), "{}"),
            false);
        for (int t = 0; t < task.turns().size(); t++) {
            UserTurn turn = task.turns().get(t);
            withheld.removeAll(turn.addedTools());
            for (String call : turn.groundTruth()) {
                String name = PyCalls.parse(call).name();
                if (!tools.contains(name) || withheld.contains(name)) {
                    out.add(task.id() + " turn " + t + ": " + name + " is not offered");
                }
                ToolResult r = session.execute(call);
                if (r.failed() || ERROR_KEY.matcher(r.text()).find()) {
                    out.add(task.id() + " turn " + t + ": " + call + " -> " + r.text());
                }
            }
        }
        return out;
    }

    private static List<String> shape(Task task) {
        List<String> out = new ArrayList<>();
        int empty = -1;
        int added = -1;
        int emptyCount = 0;
        for (int t = 0; t < task.turns().size(); t++) {
            UserTurn turn = task.turns().get(t);
            if (turn.groundTruth().isEmpty()) {
                empty = t;
                emptyCount++;
            }
            added = turn.addedTools().isEmpty() ? added : t;
            if (turn.messages().isEmpty() == turn.addedTools().isEmpty()) {
                out.add(task.id() + " turn " + t + ": a turn has messages or adds tools, not both or neither");
            }
        }
        UserTurn adding = added < 0 ? null : task.turns().get(added);
        boolean ok = switch (task.split()) {
            case "base" -> emptyCount == 0 && added < 0;
            case "miss_func" -> emptyCount == 1 && added == empty + 1 && adding.groundTruth().stream()
                .anyMatch(c -> adding.addedTools().contains(PyCalls.parse(c).name()));
            case "miss_param" -> emptyCount == 1 && added < 0 && empty + 1 < task.turns().size();
            default -> false;
        };
        if (!ok) {
            out.add(task.id() + ": not a well-formed " + task.split() + " task");
        }
        return out;
    }
}
