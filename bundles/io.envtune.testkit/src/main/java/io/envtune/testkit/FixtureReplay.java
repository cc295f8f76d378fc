package io.envtune.testkit;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.envtune.api.EnvironmentOptions;
import io.envtune.api.ToolEnvironment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Replays the BFCL reference fixtures ({@code shared/bfcl/fixtures}, found by {@link BfclFixtures}) on one class,
 * comparing every result string and every state byte for byte:
 * <ul>
 * <li>{@link #probes()}: the class's lines of {@code probes.jsonl}: the initial state, then each step's result and
 * state;</li>
 * <li>{@link #golden()}: the ground truth of every entry of {@code golden_<split>.jsonl} (all four splits) that
 * involves the class: the initial state, the results of its calls and its state after every turn;</li>
 * <li>{@link #verdicts()}: the perturbed model trajectories of {@code verdicts_public.jsonl} whose entry involves the
 * class: the results of its calls and the SHA-256 of its state after every turn.</li>
 * </ul>
 * The classes of an entry never touch each other's state, so in an entry with several classes only the calls to this
 * class's tools run, on an instance of this class alone; in a single-class entry every call runs. The scenario is the
 * class's block of the entry's {@code initial_config} ({@code {}} when absent), and long-context entries get the BFCL
 * data folder. When the BFCL folder is missing, each method skips the calling test (a JUnit assumption). Stateless
 * between calls; use one object per thread.
 */
public final class FixtureReplay {

    /** The four BFCL multi-turn splits, in file order. */
    public static final List<String> SPLITS = List.of("base", "miss_func", "miss_param", "long_context");

    private final ToolEnvironment environment;
    private final String className;
    private final Set<String> toolNames;

    /**
     * @param environment the domain; its {@link ToolEnvironment#id() id} is the BFCL class name and its
     *                    {@link ToolEnvironment#tools() tools} are the names its instances answer to
     */
    public FixtureReplay(ToolEnvironment environment) {
        this.environment = environment;
        this.className = environment.id();
        this.toolNames = ToolSession.toolNames(environment);
    }

    /** @return the comparisons of the class's probe lines */
    public ReplayReport probes() {
        BfclFixtures.bfclDirOrSkip();
        Tally tally = new Tally(className + " probes");
        try (Stream<JsonObject> probes = BfclFixtures.fixture("probes.jsonl")) {
            probes.filter(p -> className.equals(p.get("class").getAsString())).forEach(p -> probe(p, tally));
        }
        return tally.report();
    }

    /** @return the comparisons of the ground truth of every golden entry involving the class */
    public ReplayReport golden() {
        BfclFixtures.bfclDirOrSkip();
        Map<String, JsonObject> questions = questions();
        Tally tally = new Tally(className + " golden");
        for (String split : SPLITS) {
            try (Stream<JsonObject> entries = BfclFixtures.fixture("golden_" + split + ".jsonl")) {
                entries.filter(this::involves).forEach(e -> goldenEntry(e, questions.get(id(e)), tally));
            }
        }
        return tally.report();
    }

    /** @return the comparisons of every model trajectory whose entry involves the class */
    public ReplayReport verdicts() {
        BfclFixtures.bfclDirOrSkip();
        Map<String, JsonObject> questions = questions();
        Tally tally = new Tally(className + " model replays");
        try (Stream<JsonObject> verdicts = BfclFixtures.fixture("verdicts_public.jsonl")) {
            verdicts.filter(v -> involves(questions.get(id(v)))).forEach(v -> verdict(v, questions.get(id(v)), tally));
        }
        return tally.report();
    }

    private void probe(JsonObject probe, Tally tally) {
        tally.newCase();
        String id = probe.get("probe_id").getAsString();
        ToolSession session = start(probe.getAsJsonObject("initial_config"), probe.get("long_context").getAsBoolean());
        tally.state(id + " initial", probe.get("initial_state").getAsString(), session.state());
        int index = 0;
        for (JsonElement e : probe.getAsJsonArray("steps")) {
            JsonObject step = e.getAsJsonObject();
            String call = step.get("call").getAsString();
            String where = id + " step " + index++ + " " + call;
            tally.result(where, step.get("result").getAsString(), session.call(call));
            tally.state(where, step.get("state").getAsString(), session.state());
        }
    }

    private void goldenEntry(JsonObject entry, JsonObject question, Tally tally) {
        tally.newCase();
        String id = id(entry);
        ToolSession session = start(question.getAsJsonObject("initial_config"),
                entry.get("long_context").getAsBoolean());
        Episode episode = new Episode(session, toolNames, alone(entry));
        tally.state(id + " initial", entry.getAsJsonObject("initial_state").get(className).getAsString(),
                session.state());
        for (JsonElement t : entry.getAsJsonArray("turns")) {
            JsonObject turn = t.getAsJsonObject();
            String where = id + " turn " + turn.get("turn").getAsInt();
            replayCalls(episode, turn.getAsJsonArray("calls"), turn.getAsJsonArray("results"), where, tally);
            tally.state(where, turn.getAsJsonObject("state").get(className).getAsString(), session.state());
        }
    }

    private void verdict(JsonObject verdict, JsonObject question, Tally tally) {
        tally.newCase();
        String id = id(verdict) + "/" + verdict.get("perturbation").getAsString();
        ToolSession session = start(question.getAsJsonObject("initial_config"),
                "long_context".equals(verdict.get("split").getAsString()));
        Episode episode = new Episode(session, toolNames, alone(question));
        JsonArray turns = verdict.getAsJsonArray("model_result_decoded");
        JsonArray replay = verdict.getAsJsonArray("model_replay");
        for (int t = 0; t < turns.size(); t++) {
            JsonObject expected = replay.get(t).getAsJsonObject();
            JsonArray steps = turns.get(t).getAsJsonArray();
            for (int s = 0; s < steps.size(); s++) {
                replayCalls(episode, steps.get(s).getAsJsonArray(),
                        expected.getAsJsonArray("results").get(s).getAsJsonArray(), id + " turn " + t + " step " + s,
                        tally);
            }
            JsonElement hash = expected.getAsJsonObject("state_sha256").get(className);
            tally.state(id + " turn " + t + " hash", hash == null ? "(no hash)" : hash.getAsString(),
                    session.stateHash());
        }
    }

    /** Runs the calls of a list that belong to the class, comparing each with the result at its index. */
    private static void replayCalls(Episode episode, JsonArray calls, JsonArray results, String where, Tally tally) {
        for (int k = 0; k < calls.size(); k++) {
            String call = calls.get(k).getAsString();
            if (episode.replays(call)) {
                tally.result(where + " call " + k + " " + call, results.get(k).getAsString(),
                        episode.session().call(call));
            }
        }
    }

    /** @return a fresh instance of the class for its block of an {@code initial_config} ({@code {}} when absent) */
    private ToolSession start(JsonObject initialConfig, boolean longContext) {
        JsonElement block = initialConfig == null ? null : initialConfig.get(className);
        String scenario = block == null ? "{}" : block.toString();
        EnvironmentOptions options = new EnvironmentOptions(longContext, BfclFixtures.dataDir());
        return new ToolSession(environment.create(scenario, options), toolNames);
    }

    private boolean involves(JsonObject entry) {
        return entry != null && entry.getAsJsonArray("involved_classes").contains(new JsonPrimitive(className));
    }

    private static boolean alone(JsonObject entry) {
        return entry.getAsJsonArray("involved_classes").size() == 1;
    }

    private static String id(JsonObject line) {
        return line.get("id").getAsString();
    }

    /** @return the question entries of every split by id: their {@code involved_classes} and {@code initial_config} */
    private static Map<String, JsonObject> questions() {
        Map<String, JsonObject> out = new HashMap<>();
        for (String split : SPLITS) {
            try (Stream<JsonObject> lines = BfclFixtures.jsonl(BfclFixtures.dataDir()
                    .resolve("BFCL_v4_multi_turn_" + split + ".json"))) {
                lines.forEach(q -> out.put(id(q), q));
            }
        }
        return out;
    }
}
