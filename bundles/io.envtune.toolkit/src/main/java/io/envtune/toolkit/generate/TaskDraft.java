package io.envtune.toolkit.generate;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.envtune.api.ChatMessage;
import io.envtune.api.Role;
import io.envtune.api.Task;
import io.envtune.api.UserTurn;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A task before it is worded and split: a scenario and turns of {@link Request}s. It becomes a BFCL task of any split:
 * <ul>
 *   <li>{@code base}: each turn asks for its requests; the ground truth is their calls in order.</li>
 *   <li>{@code miss_func}: one tool is withheld. The first turn that uses it keeps its question but gets an empty
 *       ground truth (the model should say it cannot); a turn with no message follows that adds the tool
 *       ({@code missed_function}) and holds that turn's calls. The tool is used by no earlier turn.</li>
 *   <li>{@code miss_param}: one request of a turn is asked in its vague form and the turn's ground truth is empty;
 *       a turn follows with the clarification and the calls of the turn.</li>
 * </ul>
 * So a miss variant has one turn more than the base task, as in BFCL. Mutable while being filled; not thread-safe.
 */
public final class TaskDraft {

    private final String environmentId;
    private final String scenarioJson;
    private final List<List<Request>> turns = new ArrayList<>();

    /**
     * @param environmentId the environment the requests use
     * @param scenarioJson its initial configuration as a JSON object; kept in compact form (number literals as
     *                     written), the form {@code TaskLines} reads, so a task survives writing and reading
     * @throws IllegalArgumentException when the scenario is not a JSON object
     */
    public TaskDraft(String environmentId, String scenarioJson) {
        this.environmentId = Objects.requireNonNull(environmentId, "environmentId");
        JsonElement scenario;
        try {
            scenario = JsonParser.parseString(Objects.requireNonNull(scenarioJson, "scenarioJson"));
        } catch (JsonParseException e) {
            scenario = null;
        }
        if (scenario == null || !scenario.isJsonObject()) {
            throw new IllegalArgumentException("scenario of " + environmentId + " is not a JSON object: " + scenarioJson);
        }
        this.scenarioJson = scenario.toString();
    }

    /**
     * Adds a turn.
     *
     * @param requests the requests of the turn, at least one, in ground-truth order
     * @return this draft
     */
    public TaskDraft turn(List<Request> requests) {
        if (requests.isEmpty()) {
            throw new IllegalArgumentException("a turn needs at least one request");
        }
        turns.add(List.copyOf(requests));
        return this;
    }

    /** @return the number of turns added so far */
    public int turnCount() {
        return turns.size();
    }

    /**
     * @param split {@code base}, {@code miss_func} or {@code miss_param}
     * @return whether this draft can become a task of that split
     */
    public boolean supports(String split) {
        return switch (split) {
            case "base" -> !turns.isEmpty();
            case "miss_func" -> !firstUses().isEmpty();
            case "miss_param" -> !vagueRequests().isEmpty();
            default -> false;
        };
    }

    /**
     * Words and splits the draft.
     *
     * @param id the task id
     * @param split the split, one this draft {@link #supports}
     * @param involvedClasses the task's classes, including this draft's environment
     * @param wording the task's wording, whose random numbers also pick the withheld tool or vague request
     * @return the task
     * @throws IllegalArgumentException when the draft does not support the split
     */
    public Task build(String id, String split, List<String> involvedClasses, Wording wording) {
        if (!supports(split)) {
            throw new IllegalArgumentException("draft cannot make a " + split + " task: " + id);
        }
        List<UserTurn> out = new ArrayList<>();
        int[] missing = switch (split) {
            case "miss_func" -> wording.pick(firstUses());
            case "miss_param" -> wording.pick(vagueRequests());
            default -> new int[] {-1, -1};
        };
        for (int t = 0; t < turns.size(); t++) {
            List<String> calls = calls(turns.get(t));
            if (t != missing[0]) {
                out.add(turn(wording.turn(clauses(t, -1), t), calls, List.of()));
            } else if (split.equals("miss_func")) {
                String tool = firstUsedTools(t).get(missing[1]);
                out.add(turn(wording.turn(clauses(t, -1), t), List.of(), List.of()));
                out.add(new UserTurn(List.of(), calls, List.of(tool)));
            } else {
                out.add(turn(wording.turn(clauses(t, missing[1]), t), List.of(), List.of()));
                out.add(turn(turns.get(t).get(missing[1]).clarification(), calls, List.of()));
            }
        }
        return new Task(id, split, involvedClasses, Map.of(environmentId, scenarioJson), out, false);
    }

    private static UserTurn turn(String text, List<String> calls, List<String> added) {
        return new UserTurn(List.of(new ChatMessage(Role.USER, text)), calls, added);
    }

    private List<String> clauses(int turn, int vague) {
        List<String> out = new ArrayList<>();
        List<Request> requests = turns.get(turn);
        for (int r = 0; r < requests.size(); r++) {
            out.add(r == vague ? requests.get(r).vagueClause() : requests.get(r).clause());
        }
        return out;
    }

    private static List<String> calls(List<Request> requests) {
        List<String> out = new ArrayList<>();
        requests.forEach(r -> out.addAll(r.calls()));
        return out;
    }

    /** @return (turn, index into {@link #firstUsedTools}) for every tool first used in some turn */
    private List<int[]> firstUses() {
        List<int[]> out = new ArrayList<>();
        for (int t = 0; t < turns.size(); t++) {
            for (int i = 0; i < firstUsedTools(t).size(); i++) {
                out.add(new int[] {t, i});
            }
        }
        return out;
    }

    private List<String> firstUsedTools(int turn) {
        Set<String> earlier = new HashSet<>();
        for (int t = 0; t < turn; t++) {
            calls(turns.get(t)).forEach(c -> earlier.add(CallText.toolOf(c)));
        }
        List<String> out = new ArrayList<>();
        for (String call : calls(turns.get(turn))) {
            String tool = CallText.toolOf(call);
            if (!earlier.contains(tool) && !out.contains(tool)) {
                out.add(tool);
            }
        }
        return out;
    }

    /** @return (turn, request index) for every request that can be asked vaguely */
    private List<int[]> vagueRequests() {
        List<int[]> out = new ArrayList<>();
        for (int t = 0; t < turns.size(); t++) {
            for (int r = 0; r < turns.get(t).size(); r++) {
                if (turns.get(t).get(r).canBeVague()) {
                    out.add(new int[] {t, r});
                }
            }
        }
        return out;
    }
}
