package io.envtune.bfcl.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.envtune.api.ChatMessage;
import io.envtune.api.Role;
import io.envtune.api.Task;
import io.envtune.api.UserTurn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns one question line and its ground-truth line into a {@link Task}. */
public final class TaskReader {

    private TaskReader() {
    }

    /**
     * A task with the tools a miss_func entry withholds at its start.
     *
     * @param task the task
     * @param withheldTools the tools not offered before the turn that adds them, in file order; usually empty
     */
    public record Entry(Task task, List<String> withheldTools) {
    }

    /**
     * @param split the split the file belongs to
     * @param question the question line
     * @param answer the ground-truth line with the same id
     * @return the entry
     * @throws IllegalArgumentException naming file and line for malformed data
     */
    public static Entry read(String split, JsonLine question, JsonLine answer) {
        String id = question.string("id");
        List<List<ChatMessage>> messages = messages(question);
        List<List<String>> groundTruth = groundTruth(answer);
        if (groundTruth.size() != messages.size()) {
            throw answer.error("ground truth of " + id + " has " + groundTruth.size() + " turns, the question has "
                + messages.size());
        }
        Map<Integer, List<String>> added = missedFunctions(question, messages.size());
        List<UserTurn> turns = new ArrayList<>();
        List<String> withheld = new ArrayList<>();
        for (int t = 0; t < messages.size(); t++) {
            List<String> tools = added.getOrDefault(t, List.of());
            withheld.addAll(tools);
            turns.add(new UserTurn(messages.get(t), groundTruth.get(t), tools));
        }
        Task task = new Task(id, split, strings(question, question.array("involved_classes"), "involved_classes"),
            initialConfig(question), turns, EntryIds.longContext(id));
        return new Entry(task, List.copyOf(withheld));
    }

    private static List<List<ChatMessage>> messages(JsonLine line) {
        List<List<ChatMessage>> turns = new ArrayList<>();
        for (JsonElement turn : line.array("question")) {
            if (!turn.isJsonArray()) {
                throw line.error("question turn " + turns.size() + " is not a list of messages");
            }
            List<ChatMessage> messages = new ArrayList<>();
            for (JsonElement m : turn.getAsJsonArray()) {
                messages.add(message(line, m, turns.size()));
            }
            turns.add(messages);
        }
        return turns;
    }

    private static ChatMessage message(JsonLine line, JsonElement element, int turn) {
        JsonObject m = element.isJsonObject() ? element.getAsJsonObject() : null;
        if (m == null || !isString(m.get("role")) || !isString(m.get("content"))) {
            throw line.error("question turn " + turn + " holds a message without string role and content");
        }
        String role = m.get("role").getAsString();
        try {
            return new ChatMessage(Role.valueOf(role.toUpperCase(Locale.ROOT)), m.get("content").getAsString());
        } catch (IllegalArgumentException e) {
            throw line.error("question turn " + turn + " has unknown role \"" + role + "\"");
        }
    }

    private static List<List<String>> groundTruth(JsonLine line) {
        List<List<String>> turns = new ArrayList<>();
        for (JsonElement turn : line.array("ground_truth")) {
            if (!turn.isJsonArray()) {
                throw line.error("ground_truth turn " + turns.size() + " is not a list of call strings");
            }
            turns.add(strings(line, turn.getAsJsonArray(), "ground_truth turn " + turns.size()));
        }
        return turns;
    }

    private static Map<Integer, List<String>> missedFunctions(JsonLine line, int turnCount) {
        Map<Integer, List<String>> out = new LinkedHashMap<>();
        JsonObject missed = line.optionalObject("missed_function");
        if (missed == null) {
            return out;
        }
        for (Map.Entry<String, JsonElement> e : missed.entrySet()) {
            int turn = turnIndex(line, e.getKey(), turnCount);
            if (!e.getValue().isJsonArray()) {
                throw line.error("missed_function[\"" + e.getKey() + "\"] is not a list of tool names");
            }
            out.put(turn, strings(line, e.getValue().getAsJsonArray(), "missed_function[\"" + e.getKey() + "\"]"));
        }
        return out;
    }

    private static int turnIndex(JsonLine line, String key, int turnCount) {
        try {
            int turn = Integer.parseInt(key);
            if (turn >= 0 && turn < turnCount) {
                return turn;
            }
        } catch (NumberFormatException e) {
            // reported below with the same message as an out-of-range index
        }
        throw line.error("missed_function key \"" + key + "\" is not a turn index below " + turnCount);
    }

    private static Map<String, String> initialConfig(JsonLine line) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonObject config = line.optionalObject("initial_config");
        if (config != null) {
            for (Map.Entry<String, JsonElement> e : config.entrySet()) {
                if (!e.getValue().isJsonObject()) {
                    throw line.error("initial_config[\"" + e.getKey() + "\"] is not an object");
                }
                // Gson keeps number literals as written, so 10000.0 stays a float and 10000 an int.
                out.put(e.getKey(), e.getValue().toString());
            }
        }
        return out;
    }

    private static List<String> strings(JsonLine line, JsonArray array, String what) {
        List<String> out = new ArrayList<>(array.size());
        for (JsonElement e : array) {
            if (!isString(e)) {
                throw line.error(what + " holds a non-string item: " + e);
            }
            out.add(e.getAsString());
        }
        return out;
    }

    private static boolean isString(JsonElement e) {
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString();
    }
}
