package io.envtune.testkit;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.envtune.api.ChatMessage;
import io.envtune.api.Task;
import io.envtune.api.UserTurn;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The tasks generated ones must not copy: the 800 BFCL entries (questions joined with their answers) and a domain's
 * built-in tasks. A task is known when its question texts per turn, ground truth per turn and initial configuration
 * (canonical JSON per class) all equal a known one; a question text is known when any known task asks it.
 */
public final class KnownTasks {

    private static final List<String> SPLITS = List.of("base", "miss_func", "miss_param", "long_context");

    private final Set<String> keys = new HashSet<>();
    private final Set<String> questions = new HashSet<>();

    private KnownTasks() {
    }

    /**
     * @param dataDir the BFCL data folder
     * @param builtin a domain's built-in tasks (training and validation)
     * @return the known tasks
     */
    public static KnownTasks of(Path dataDir, List<Task> builtin) {
        KnownTasks known = new KnownTasks();
        for (String split : SPLITS) {
            List<JsonObject> answers;
            try (Stream<JsonObject> s = BfclFixtures.jsonl(dataDir.resolve("possible_answer")
                .resolve("BFCL_v4_multi_turn_" + split + ".json"))) {
                answers = s.toList();
            }
            try (Stream<JsonObject> s = BfclFixtures.jsonl(dataDir.resolve("BFCL_v4_multi_turn_" + split + ".json"))) {
                List<JsonObject> entries = s.toList();
                for (int i = 0; i < entries.size(); i++) {
                    known.addBfcl(entries.get(i), answers.get(i));
                }
            }
        }
        builtin.forEach(t -> known.keys.add(key(t)));
        builtin.forEach(t -> known.questions.addAll(texts(t)));
        return known;
    }

    /** @return how many distinct known tasks there are */
    public int size() {
        return keys.size();
    }

    /**
     * @param task a task
     * @return whether it equals a known task
     */
    public boolean contains(Task task) {
        return keys.contains(key(task));
    }

    /**
     * @param task a task
     * @return its question texts that a known task asks too
     */
    public List<String> knownQuestions(Task task) {
        return texts(task).stream().filter(questions::contains).toList();
    }

    private void addBfcl(JsonObject entry, JsonObject answer) {
        List<List<String>> turns = new ArrayList<>();
        for (JsonElement turn : entry.getAsJsonArray("question")) {
            List<String> texts = new ArrayList<>();
            turn.getAsJsonArray().forEach(m -> texts.add(m.getAsJsonObject().get("content").getAsString()));
            questions.addAll(texts);
            turns.add(texts);
        }
        List<List<String>> truth = new ArrayList<>();
        for (JsonElement turn : answer.getAsJsonArray("ground_truth")) {
            List<String> calls = new ArrayList<>();
            turn.getAsJsonArray().forEach(c -> calls.add(c.getAsString()));
            truth.add(calls);
        }
        Map<String, String> config = new TreeMap<>();
        JsonObject initial = entry.getAsJsonObject("initial_config");
        initial.entrySet().forEach(e -> config.put(e.getKey(), e.getValue().toString()));
        keys.add(key(turns, truth, config));
    }

    private static List<String> texts(Task task) {
        List<String> out = new ArrayList<>();
        task.turns().forEach(t -> t.messages().forEach(m -> out.add(m.content())));
        return out;
    }

    private static String key(Task task) {
        List<List<String>> turns = new ArrayList<>();
        List<List<String>> truth = new ArrayList<>();
        for (UserTurn t : task.turns()) {
            turns.add(t.messages().stream().map(ChatMessage::content).toList());
            truth.add(t.groundTruth());
        }
        Map<String, String> config = new TreeMap<>();
        task.initialConfig().forEach((c, json) -> config.put(c, JsonParser.parseString(json).toString()));
        return key(turns, truth, config);
    }

    private static String key(List<List<String>> turns, List<List<String>> truth, Map<String, String> config) {
        JsonArray a = new JsonArray();
        a.add(turns.toString());
        a.add(truth.toString());
        a.add(config.toString());
        return a.toString();
    }
}
