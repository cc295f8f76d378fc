package io.envtune.toolkit;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.envtune.api.ChatMessage;
import io.envtune.api.Role;
import io.envtune.api.Task;
import io.envtune.api.UserTurn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The field rules of the task JSON that every entry point of {@link TaskLines} shares (one codec, one set of error
 * texts); {@code error} makes the exception of a defect. Stateless.
 */
record TaskFields(Function<String, RuntimeException> error) {

    /**
     * The head's id, split, classes and flag, with the questions, missed functions and scenarios of {@code o}
     * and the ground truth of {@code answer} (decoded with {@code answerFields}' errors).
     */
    Task task(Task head, JsonObject o, JsonObject answer, TaskFields answerFields,
              BiFunction<Integer, Integer, String> mismatch) {
        List<List<ChatMessage>> questions = questions(array(o, "question"));
        List<List<String>> truth = answerFields.groundTruth(answerFields.array(answer, "ground_truth"));
        if (truth.size() != questions.size()) {
            throw answerFields.error(mismatch.apply(truth.size(), questions.size()));
        }
        Map<Integer, List<String>> added = missed(o.get("missed_function"), questions.size());
        List<UserTurn> turns = new ArrayList<>();
        for (int t = 0; t < questions.size(); t++) {
            turns.add(new UserTurn(questions.get(t), truth.get(t), added.getOrDefault(t, List.of())));
        }
        return new Task(head.id(), head.split(), head.involvedClasses(), config(o.get("initial_config")), turns,
            head.longContext());
    }

    boolean bool(JsonObject o, String key) {
        JsonElement e = o.get(key);
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
            throw error("\"" + key + "\" is not true or false");
        }
        return e.getAsBoolean();
    }

    JsonObject object(String text) {
        try {
            JsonElement e = JsonParser.parseString(text);
            if (!e.isJsonObject()) {
                throw error("expected a JSON object");
            }
            return e.getAsJsonObject();
        } catch (JsonParseException e) {
            throw error("not valid JSON: " + e.getMessage());
        }
    }

    List<List<ChatMessage>> questions(JsonArray turns) {
        List<List<ChatMessage>> out = new ArrayList<>();
        for (JsonElement turn : turns) {
            if (!turn.isJsonArray()) {
                throw error("question turn " + out.size() + " is not a list of messages");
            }
            List<ChatMessage> messages = new ArrayList<>();
            for (JsonElement m : turn.getAsJsonArray()) {
                messages.add(message(m, out.size()));
            }
            out.add(messages);
        }
        return out;
    }

    ChatMessage message(JsonElement element, int turn) {
        JsonObject m = element.isJsonObject() ? element.getAsJsonObject() : null;
        if (m == null || !isString(m.get("role")) || !isString(m.get("content"))) {
            throw error("question turn " + turn + " holds a message without string role and content");
        }
        String role = m.get("role").getAsString();
        try {
            return new ChatMessage(Role.valueOf(role.toUpperCase(Locale.ROOT)), m.get("content").getAsString());
        } catch (IllegalArgumentException e) {
            throw error("question turn " + turn + " has unknown role \"" + role + "\"");
        }
    }

    List<List<String>> groundTruth(JsonArray turns) {
        List<List<String>> out = new ArrayList<>();
        for (JsonElement turn : turns) {
            if (!turn.isJsonArray()) {
                throw error("ground_truth turn " + out.size() + " is not a list of call strings");
            }
            out.add(strings(turn.getAsJsonArray(), "ground_truth turn " + out.size()));
        }
        return out;
    }

    Map<Integer, List<String>> missed(JsonElement element, int turnCount) {
        Map<Integer, List<String>> out = new LinkedHashMap<>();
        if (element == null || element.isJsonNull()) {
            return out;
        }
        if (!element.isJsonObject()) {
            throw error("missed_function is not an object");
        }
        for (Map.Entry<String, JsonElement> e : element.getAsJsonObject().entrySet()) {
            String what = "missed_function[\"" + e.getKey() + "\"]";
            if (!e.getValue().isJsonArray()) {
                throw error(what + " is not a list of tool names");
            }
            out.put(turnIndex(e.getKey(), turnCount), strings(e.getValue().getAsJsonArray(), what));
        }
        return out;
    }

    int turnIndex(String key, int turnCount) {
        try {
            int turn = Integer.parseInt(key);
            if (turn >= 0 && turn < turnCount) {
                return turn;
            }
        } catch (NumberFormatException e) {
            // reported below, with the same message as an index out of range
        }
        throw error("missed_function key \"" + key + "\" is not a turn index below " + turnCount);
    }

    Map<String, String> config(JsonElement element) {
        Map<String, String> out = new LinkedHashMap<>();
        if (element == null || element.isJsonNull()) {
            return out;
        }
        if (!element.isJsonObject()) {
            throw error("initial_config is not an object");
        }
        for (Map.Entry<String, JsonElement> e : element.getAsJsonObject().entrySet()) {
            if (!e.getValue().isJsonObject()) {
                throw error("initial_config[\"" + e.getKey() + "\"] is not an object");
            }
            // Gson keeps number literals as written, so the scenario's ints and floats stay apart.
            out.put(e.getKey(), e.getValue().toString());
        }
        return out;
    }

    String string(JsonObject o, String key) {
        JsonElement e = o.get(key);
        if (!isString(e)) {
            throw error("\"" + key + "\" is missing or not a string");
        }
        return e.getAsString();
    }

    JsonArray array(JsonObject o, String key) {
        JsonElement e = o.get(key);
        if (e == null || !e.isJsonArray()) {
            throw error("\"" + key + "\" is missing or not an array");
        }
        return e.getAsJsonArray();
    }

    List<String> strings(JsonArray array, String what) {
        List<String> out = new ArrayList<>(array.size());
        for (JsonElement e : array) {
            if (!isString(e)) {
                throw error(what + " holds a non-string item: " + e);
            }
            out.add(e.getAsString());
        }
        return out;
    }

    RuntimeException error(String message) {
        return error.apply(message);
    }

    static boolean isString(JsonElement e) {
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString();
    }
}
