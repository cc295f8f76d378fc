package io.envtune.server.internal.http;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.envtune.api.ChatMessage;
import io.envtune.api.Role;
import io.envtune.api.Task;
import io.envtune.api.UserTurn;
import io.envtune.server.internal.core.ServiceError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decodes an inline task in the BFCL multi-turn format: {@code involved_classes}, {@code initial_config},
 * {@code question} (turns of messages), {@code ground_truth} (turns of Python call strings), optional
 * {@code missed_function} (turn index to tool names), {@code id}, {@code long_context}. Scenario objects are kept
 * as written, so {@code 10000.0} stays a float. Every defect is a 400 naming the field.
 */
final class InlineTask {

    private InlineTask() {
    }

    static Task decode(JsonObject json) {
        String id = json.has("id") ? string(json.get("id"), "id") : "inline";
        List<String> classes = strings(array(json, "involved_classes"), "involved_classes");
        List<List<ChatMessage>> questions = questions(array(json, "question"));
        JsonArray truth = array(json, "ground_truth");
        if (truth.size() != questions.size()) {
            throw Json.bad("task.ground_truth has " + truth.size() + " turns, task.question has " + questions.size());
        }
        Map<Integer, List<String>> missed = missed(json.get("missed_function"), questions.size());
        List<UserTurn> turns = new ArrayList<>();
        for (int t = 0; t < questions.size(); t++) {
            turns.add(new UserTurn(questions.get(t), strings(element(truth.get(t), "ground_truth[" + t + "]"),
                "ground_truth[" + t + "]"), missed.getOrDefault(t, List.of())));
        }
        boolean longContext = json.has("long_context") ? bool(json.get("long_context"), "long_context")
            : id.contains("long_context") || id.contains("composite");
        return new Task(id, json.has("split") ? string(json.get("split"), "split") : "inline", classes,
            config(json.get("initial_config")), turns, longContext);
    }

    private static List<List<ChatMessage>> questions(JsonArray turns) {
        List<List<ChatMessage>> out = new ArrayList<>();
        for (int t = 0; t < turns.size(); t++) {
            List<ChatMessage> messages = new ArrayList<>();
            for (JsonElement m : element(turns.get(t), "question[" + t + "]")) {
                messages.add(message(m, "question[" + t + "]"));
            }
            out.add(messages);
        }
        return out;
    }

    private static ChatMessage message(JsonElement e, String where) {
        if (!e.isJsonObject() || !e.getAsJsonObject().has("role") || !e.getAsJsonObject().has("content")) {
            throw Json.bad("task." + where + " holds a message without role and content");
        }
        String role = string(e.getAsJsonObject().get("role"), where + ".role");
        try {
            return new ChatMessage(Role.valueOf(role.toUpperCase(Locale.ROOT)),
                string(e.getAsJsonObject().get("content"), where + ".content"));
        } catch (IllegalArgumentException ex) {
            throw Json.bad("task." + where + " has unknown role '" + role + "'");
        }
    }

    private static Map<Integer, List<String>> missed(JsonElement e, int turns) {
        Map<Integer, List<String>> out = new LinkedHashMap<>();
        if (e == null || e.isJsonNull()) {
            return out;
        }
        if (!e.isJsonObject()) {
            throw Json.bad("task.missed_function must be an object of turn index to tool names");
        }
        for (Map.Entry<String, JsonElement> m : e.getAsJsonObject().entrySet()) {
            int turn;
            try {
                turn = Integer.parseInt(m.getKey());
            } catch (NumberFormatException ex) {
                turn = -1;
            }
            if (turn < 0 || turn >= turns) {
                throw Json.bad("task.missed_function key '" + m.getKey() + "' is not a turn index below " + turns);
            }
            out.put(turn, strings(element(m.getValue(), "missed_function"), "missed_function"));
        }
        return out;
    }

    private static Map<String, String> config(JsonElement e) {
        Map<String, String> out = new LinkedHashMap<>();
        if (e == null || e.isJsonNull()) {
            return out;
        }
        if (!e.isJsonObject()) {
            throw Json.bad("task.initial_config must be an object of class name to scenario object");
        }
        for (Map.Entry<String, JsonElement> c : e.getAsJsonObject().entrySet()) {
            if (!c.getValue().isJsonObject()) {
                throw Json.bad("task.initial_config['" + c.getKey() + "'] is not an object");
            }
            out.put(c.getKey(), c.getValue().toString());
        }
        return out;
    }

    private static JsonArray array(JsonObject json, String field) {
        if (!json.has(field)) {
            throw Json.bad("task." + field + " is required");
        }
        return element(json.get(field), field);
    }

    private static JsonArray element(JsonElement e, String where) {
        if (e == null || !e.isJsonArray()) {
            throw Json.bad("task." + where + " must be a list");
        }
        return e.getAsJsonArray();
    }

    private static List<String> strings(JsonArray a, String where) {
        List<String> out = new ArrayList<>(a.size());
        for (JsonElement e : a) {
            out.add(string(e, where));
        }
        return out;
    }

    private static boolean bool(JsonElement e, String where) {
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
            throw Json.bad("task." + where + " must be true or false");
        }
        return e.getAsBoolean();
    }

    private static String string(JsonElement e, String where) {
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw Json.bad("task." + where + " must hold strings");
        }
        return e.getAsString();
    }
}
