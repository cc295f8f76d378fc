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
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads tasks from JSON Lines in one self-contained format, questions and ground truth on the same line:
 * <pre>{"id": "...", "split": "base|miss_func|miss_param", "involved_classes": ["GorillaFileSystem"],
 *  "initial_config": {"GorillaFileSystem": {...}},
 *  "question": [[{"role": "user", "content": "..."}], []],
 *  "ground_truth": [["cd(folder='docs')"], []],
 *  "missed_function": {"1": ["cat"]}}</pre>
 * {@code initial_config} and {@code missed_function} are optional. Each class's scenario becomes compact JSON text
 * with number literals kept as written ({@code 10000.0} stays a float); the tools named under a turn index in
 * {@code missed_function} become that turn's {@link UserTurn#addedTools()}. Tasks are never long-context. Blank lines
 * are skipped. Stateless; safe to call from any thread.
 */
public final class TaskLines {

    private static final List<String> SPLITS = List.of("base", "miss_func", "miss_param");

    private TaskLines() {
    }

    /**
     * Reads every task of a stream (UTF-8); the stream is read to its end but not closed.
     *
     * @param in the JSON Lines text
     * @param sourceName names the source in error messages, e.g. a resource path
     * @return the tasks in line order
     * @throws IllegalArgumentException naming {@code sourceName:line} for a malformed line or a repeated id
     * @throws UncheckedIOException when the stream cannot be read
     */
    public static List<Task> read(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<Task> tasks = new ArrayList<>();
        Map<String, Integer> idLines = new LinkedHashMap<>();
        int number = 0;
        try {
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                number++;
                if (text.isBlank()) {
                    continue;
                }
                Line line = new Line(sourceName, number);
                Task task = line.task(text);
                Integer first = idLines.putIfAbsent(task.id(), number);
                if (first != null) {
                    throw line.error("id \"" + task.id() + "\" already used on line " + first);
                }
                tasks.add(task);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sourceName, e);
        }
        return List.copyOf(tasks);
    }

    /**
     * Reads a task file shipped beside a class: the resource at {@code resource} in the same jar, bundle or folder
     * as {@code owner}. Every domain bundle ships {@code tasks/train.jsonl}; in OSGi the bundle class loader finds
     * only its own, but on a flat class path (tests, plain Java) the first jar would win, so the copy is picked by
     * where {@code owner} itself was loaded from.
     *
     * @param owner a class living beside the resource
     * @param resource the resource path from the root, e.g. {@code tasks/train.jsonl}
     * @return the tasks in line order
     * @throws IllegalStateException when the owner's jar, bundle or folder has no such resource
     * @throws IllegalArgumentException naming {@code resource:line} for a malformed line
     * @throws UncheckedIOException when the resource cannot be read
     */
    public static List<Task> readResource(Class<?> owner, String resource) {
        String source = owner.getName() + ":" + resource;
        try (InputStream in = besideClass(owner, resource).openStream()) {
            return read(in, source);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    /**
     * Writes one task as one line (no line break) that {@link #read} decodes to an equal task: the keys in the order
     * shown above, {@code initial_config} always present, {@code missed_function} only when a turn adds tools.
     *
     * @param task a task of split {@code base}, {@code miss_func} or {@code miss_param}
     * @return the JSON line
     * @throws IllegalArgumentException when the task is long-context, has another split, or a scenario that is not a
     *         JSON object (the format cannot carry these)
     */
    public static String encode(Task task) {
        if (task.longContext() || !SPLITS.contains(task.split())) {
            throw new IllegalArgumentException("task " + task.id() + " cannot be written as a task line: split "
                + task.split() + (task.longContext() ? ", long context" : ""));
        }
        JsonObject o = new JsonObject();
        o.addProperty("id", task.id());
        o.addProperty("split", task.split());
        JsonArray classes = new JsonArray();
        task.involvedClasses().forEach(classes::add);
        o.add("involved_classes", classes);
        o.add("initial_config", encodeConfig(task));
        JsonArray questions = new JsonArray();
        JsonArray truth = new JsonArray();
        JsonObject missed = new JsonObject();
        for (int t = 0; t < task.turns().size(); t++) {
            UserTurn turn = task.turns().get(t);
            questions.add(encodeMessages(turn));
            JsonArray calls = new JsonArray();
            turn.groundTruth().forEach(calls::add);
            truth.add(calls);
            if (!turn.addedTools().isEmpty()) {
                JsonArray tools = new JsonArray();
                turn.addedTools().forEach(tools::add);
                missed.add(Integer.toString(t), tools);
            }
        }
        o.add("question", questions);
        o.add("ground_truth", truth);
        if (missed.size() > 0) {
            o.add("missed_function", missed);
        }
        return o.toString();
    }

    private static JsonObject encodeConfig(Task task) {
        JsonObject config = new JsonObject();
        for (Map.Entry<String, String> e : task.initialConfig().entrySet()) {
            JsonElement scenario;
            try {
                scenario = JsonParser.parseString(e.getValue());
            } catch (JsonParseException ex) {
                scenario = null;
            }
            if (scenario == null || !scenario.isJsonObject()) {
                throw new IllegalArgumentException("task " + task.id() + ": initial_config of " + e.getKey()
                    + " is not a JSON object");
            }
            // Parsed, not re-serialised from numbers: Gson keeps each number literal as written.
            config.add(e.getKey(), scenario);
        }
        return config;
    }

    private static JsonArray encodeMessages(UserTurn turn) {
        JsonArray messages = new JsonArray();
        for (ChatMessage m : turn.messages()) {
            JsonObject message = new JsonObject();
            message.addProperty("role", m.role().name().toLowerCase(Locale.ROOT));
            message.addProperty("content", m.content());
            messages.add(message);
        }
        return messages;
    }

    private static URL besideClass(Class<?> owner, String resource) throws IOException {
        String classFile = owner.getName().replace('.', '/') + ".class";
        ClassLoader loader = owner.getClassLoader();
        URL code = loader.getResource(classFile);
        if (code != null) {
            String root = code.toString().substring(0, code.toString().length() - classFile.length());
            for (URL url : Collections.list(loader.getResources(resource))) {
                if (url.toString().equals(root + resource)) {
                    return url;
                }
            }
        }
        throw new IllegalStateException("task resource not found beside " + owner.getName() + ": " + resource);
    }

    /** One line being decoded; knows where it is for error messages. */
    private record Line(String source, int number) {

        Task task(String text) {
            JsonObject o = object(text);
            String id = string(o, "id");
            String split = string(o, "split");
            if (!SPLITS.contains(split)) {
                throw error("split \"" + split + "\" is not one of " + SPLITS);
            }
            List<String> classes = strings(array(o, "involved_classes"), "involved_classes");
            if (classes.isEmpty()) {
                throw error("involved_classes is empty");
            }
            List<List<ChatMessage>> questions = questions(array(o, "question"));
            List<List<String>> truth = groundTruth(array(o, "ground_truth"));
            if (truth.size() != questions.size()) {
                throw error("ground_truth has " + truth.size() + " turns, question has " + questions.size());
            }
            Map<Integer, List<String>> added = missed(o.get("missed_function"), questions.size());
            List<UserTurn> turns = new ArrayList<>();
            for (int t = 0; t < questions.size(); t++) {
                turns.add(new UserTurn(questions.get(t), truth.get(t), added.getOrDefault(t, List.of())));
            }
            return new Task(id, split, classes, config(o.get("initial_config")), turns, false);
        }

        private JsonObject object(String text) {
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

        private List<List<ChatMessage>> questions(JsonArray turns) {
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

        private ChatMessage message(JsonElement element, int turn) {
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

        private List<List<String>> groundTruth(JsonArray turns) {
            List<List<String>> out = new ArrayList<>();
            for (JsonElement turn : turns) {
                if (!turn.isJsonArray()) {
                    throw error("ground_truth turn " + out.size() + " is not a list of call strings");
                }
                out.add(strings(turn.getAsJsonArray(), "ground_truth turn " + out.size()));
            }
            return out;
        }

        private Map<Integer, List<String>> missed(JsonElement element, int turnCount) {
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

        private int turnIndex(String key, int turnCount) {
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

        private Map<String, String> config(JsonElement element) {
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

        private String string(JsonObject o, String key) {
            JsonElement e = o.get(key);
            if (!isString(e)) {
                throw error("\"" + key + "\" is missing or not a string");
            }
            return e.getAsString();
        }

        private JsonArray array(JsonObject o, String key) {
            JsonElement e = o.get(key);
            if (e == null || !e.isJsonArray()) {
                throw error("\"" + key + "\" is missing or not an array");
            }
            return e.getAsJsonArray();
        }

        private List<String> strings(JsonArray array, String what) {
            List<String> out = new ArrayList<>(array.size());
            for (JsonElement e : array) {
                if (!isString(e)) {
                    throw error(what + " holds a non-string item: " + e);
                }
                out.add(e.getAsString());
            }
            return out;
        }

        IllegalArgumentException error(String message) {
            return new IllegalArgumentException(source + ":" + number + ": " + message);
        }

        private static boolean isString(JsonElement e) {
            return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString();
        }
    }
}
