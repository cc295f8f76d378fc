package io.envtune.toolkit;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.envtune.api.ChatMessage;
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
import java.util.function.Function;

/**
 * The one codec of envtune's task JSON, BFCL's multi-turn task format. Three entry points share one decoder (the same
 * field rules and error texts): {@link #read} for JSON Lines in one self-contained format, {@link #decodeBfcl} for
 * BFCL's two-file layout (a question line and its ground-truth line), and {@link #decodeInline} for a task object
 * sent inline (the server's {@code POST /v1/episodes}). The self-contained line format, questions and ground truth
 * on the same line:
 * <pre>{"id": "...", "split": "base|miss_func|miss_param", "involved_classes": ["GorillaFileSystem"],
 *  "initial_config": {"GorillaFileSystem": {...}},
 *  "question": [[{"role": "user", "content": "..."}], []],
 *  "ground_truth": [["cd(folder='docs')"], []],
 *  "missed_function": {"1": ["cat"]}}</pre>
 * {@code initial_config} and {@code missed_function} are optional. Each class's scenario becomes compact JSON text
 * with number literals kept as written ({@code 10000.0} stays a float); the tools named under a turn index in
 * {@code missed_function} become that turn's {@link UserTurn#addedTools()}. Tasks are never long-context. Blank lines
 * are skipped. Errors are {@link IllegalArgumentException}s naming source and line, or whatever exception the
 * caller's error function makes. Stateless; safe to call from any thread.
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
                String where = sourceName + ":" + number + ": ";
                Task task = selfContained(text, where);
                Integer first = idLines.putIfAbsent(task.id(), number);
                if (first != null) {
                    throw new IllegalArgumentException(where + "id \"" + task.id() + "\" already used on line "
                        + first);
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

    private static Task selfContained(String text, String where) {
        TaskFields f = new TaskFields(m -> new IllegalArgumentException(where + m));
        JsonObject o = f.object(text);
        String id = f.string(o, "id");
        String split = f.string(o, "split");
        if (!SPLITS.contains(split)) {
            throw f.error("split \"" + split + "\" is not one of " + SPLITS);
        }
        List<String> classes = f.strings(f.array(o, "involved_classes"), "involved_classes");
        if (classes.isEmpty()) {
            throw f.error("involved_classes is empty");
        }
        return f.task(new Task(id, split, classes, Map.of(), List.of(), false), o, o, f,
            (truth, questions) -> "ground_truth has " + truth + " turns, question has " + questions);
    }

    /**
     * How a BFCL entry is decoded: its split and long-context flag (known from its file and id) and the errors of
     * each file.
     *
     * @param split the split the file belongs to
     * @param longContext whether the entry runs in long-context mode
     * @param questionError makes the exception for a defect of the question line (naming file and line)
     * @param answerError makes the exception for a defect of the ground-truth line
     */
    public record BfclEntry(String split, boolean longContext, Function<String, RuntimeException> questionError,
                            Function<String, RuntimeException> answerError) {
    }

    /**
     * Decodes BFCL's two-file layout: {@code id}, {@code involved_classes}, {@code initial_config},
     * {@code question} and {@code missed_function} from the question line, {@code ground_truth} from the answer line.
     *
     * @param question the question line's object
     * @param answer the ground-truth line's object with the same id
     * @param entry the split, the long-context flag and the error functions
     * @return the task; the tools a miss_func entry withholds at its start are its turns' added tools, in order
     */
    public static Task decodeBfcl(JsonObject question, JsonObject answer, BfclEntry entry) {
        TaskFields f = new TaskFields(entry.questionError());
        String id = f.string(question, "id");
        Task head = new Task(id, entry.split(), f.strings(f.array(question, "involved_classes"), "involved_classes"),
            Map.of(), List.of(), entry.longContext());
        return f.task(head, question, answer, new TaskFields(entry.answerError()),
            (truth, questions) -> "ground truth of " + id + " has " + truth + " turns, the question has " + questions);
    }

    /**
     * Decodes a task sent inline: the BFCL fields, with {@code id} (default {@code inline}), {@code split} (default
     * {@code inline}) and {@code long_context} (default: the id names a long-context or composite entry) optional.
     *
     * @param task the task object
     * @param error makes the exception for a defect (the server's makes a 400)
     * @return the task
     */
    public static Task decodeInline(JsonObject task, Function<String, RuntimeException> error) {
        TaskFields f = new TaskFields(m -> error.apply("task: " + m));
        String id = task.has("id") ? f.string(task, "id") : "inline";
        String split = task.has("split") ? f.string(task, "split") : "inline";
        boolean longContext = task.has("long_context") ? f.bool(task, "long_context")
            : id.contains("long_context") || id.contains("composite");
        Task head = new Task(id, split, f.strings(f.array(task, "involved_classes"), "involved_classes"), Map.of(),
            List.of(), longContext);
        return f.task(head, task, task, f,
            (truth, questions) -> "ground_truth has " + truth + " turns, question has " + questions);
    }

}
