package io.envtune.bfcl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.envtune.api.Task;
import io.envtune.api.ToolEnvironment;
import io.envtune.bfcl.internal.JsonWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Recomputes every verdict of {@code verdicts_public.jsonl} (both checkers, {@code official_valid}, byte for byte as
 * an output line) and replays every model trajectory, comparing result strings and state hashes.
 */
public final class VerdictsConformanceTest {

    private static final int REPORTED = 10;

    private static Path bfcl;
    private static BfclDataset dataset;
    private static Map<String, ToolEnvironment> environments;
    private static List<JsonObject> lines;
    private static List<String> rawLines;

    @BeforeClass
    public static void load() throws IOException {
        bfcl = TestSupport.bfclDir();
        dataset = BfclDataset.load(bfcl.resolve("data"));
        environments = TestSupport.environments();
        rawLines = Files.readAllLines(bfcl.resolve("fixtures/verdicts_public.jsonl"), StandardCharsets.UTF_8);
        lines = rawLines.stream().map(l -> JsonParser.parseString(l).getAsJsonObject()).toList();
    }

    @Test
    public void verdicts() {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        int matched = 0;
        int skipped = 0;
        for (int i = 0; i < lines.size(); i++) {
            JsonObject line = lines.get(i);
            if (!runnable(line)) {
                skipped++;
                continue;
            }
            checked++;
            String expected = expectedOutput(line);
            String actual =
                TrajectoryCheck.checkLine(rawLines.get(i), dataset, environments::get, bfcl.resolve("data"));
            if (expected.equals(actual)) {
                matched++;
            } else {
                note(mismatches, describe(line) + "\n  expected " + expected + "\n  actual   " + actual);
            }
        }
        System.out.printf("verdicts: %d/%d output lines match%n", matched, checked);
        report("verdicts", checked, skipped, mismatches);
    }

    @Test
    public void modelReplay() {
        List<String> mismatches = new ArrayList<>();
        int[] counts = new int[4];
        int skipped = 0;
        for (JsonObject line : lines) {
            if (!runnable(line)) {
                skipped++;
                continue;
            }
            replayTrajectory(line, counts, mismatches);
        }
        System.out.printf("model_replay: results %d/%d match, state hashes %d/%d match%n", counts[0] - counts[1],
            counts[0], counts[2] - counts[3], counts[2]);
        report("model_replay", lines.size() - skipped, skipped, mismatches);
    }

    private static void replayTrajectory(JsonObject line, int[] counts, List<String> mismatches) {
        Task task = dataset.task(line.get("id").getAsString()).orElseThrow();
        JsonArray decoded = line.getAsJsonArray("model_result_decoded");
        JsonArray replay = line.getAsJsonArray("model_replay");
        try (EpisodeEnvironments envs = EpisodeEnvironments.open(task, environments::get, bfcl.resolve("data"))) {
            for (int t = 0; t < decoded.size(); t++) {
                JsonObject expected = replay.get(t).getAsJsonObject();
                JsonArray steps = decoded.get(t).getAsJsonArray();
                for (int s = 0; s < steps.size(); s++) {
                    List<String> results = envs.executeAll(strings(steps.get(s).getAsJsonArray()));
                    List<String> want = strings(expected.getAsJsonArray("results").get(s).getAsJsonArray());
                    for (int k = 0; k < want.size(); k++) {
                        counts[0]++;
                        String got = k < results.size() ? results.get(k) : "<missing>";
                        if (!want.get(k).equals(got)) {
                            counts[1]++;
                            note(mismatches, describe(line) + " turn " + t + " step " + s + " call " + k
                                + ": expected " + GoldenConformanceTest.clip(want.get(k)) + " got "
                                + GoldenConformanceTest.clip(got));
                        }
                    }
                }
                compareHashes(line, t, expected.getAsJsonObject("state_sha256"), envs.canonicalStates(), counts,
                    mismatches);
            }
        }
    }

    private static void compareHashes(JsonObject line, int turn, JsonObject expected, Map<String, String> states,
                                      int[] counts, List<String> mismatches) {
        for (Map.Entry<String, JsonElement> e : expected.entrySet()) {
            counts[2]++;
            String state = states.get(e.getKey());
            if (state == null || !e.getValue().getAsString().equals(sha256(state))) {
                counts[3]++;
                note(mismatches, describe(line) + " turn " + turn + " state hash of " + e.getKey() + " differs");
            }
        }
    }

    private static boolean runnable(JsonObject line) {
        Task task = dataset.task(line.get("id").getAsString()).orElseThrow();
        return task.involvedClasses().stream().allMatch(environments::containsKey);
    }

    private static void report(String what, int checked, int skipped, List<String> mismatches) {
        System.out.println(what + ": " + checked + " lines checked, " + skipped + " skipped (environment missing), "
            + (mismatches.isEmpty() ? "all match" : "mismatches found"));
        assertTrue(what + " mismatches:\n" + String.join("\n", mismatches), mismatches.isEmpty());
        assertEquals("lines skipped for lack of an environment", 0, skipped);
    }

    private static void note(List<String> mismatches, String message) {
        if (mismatches.size() < REPORTED) {
            mismatches.add(message);
        }
    }

    private static String expectedOutput(JsonObject line) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", line.get("id").getAsString());
        out.put("multi_turn_checker", toJava(line.get("multi_turn_checker")));
        out.put("irrelevance_checker", toJava(line.get("irrelevance_checker")));
        out.put("official_valid", line.get("official_valid").getAsBoolean());
        return JsonWriter.write(out);
    }

    /** Gson tree to the values {@link JsonWriter} writes; numbers in these objects are turn indices. */
    private static Object toJava(JsonElement e) {
        if (e.isJsonNull()) {
            return null;
        }
        if (e.isJsonObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            e.getAsJsonObject().entrySet().forEach(m -> map.put(m.getKey(), toJava(m.getValue())));
            return map;
        }
        if (e.isJsonArray()) {
            List<Object> list = new ArrayList<>();
            e.getAsJsonArray().forEach(x -> list.add(toJava(x)));
            return list;
        }
        var p = e.getAsJsonPrimitive();
        return p.isBoolean() ? (Object) p.getAsBoolean() : p.isNumber() ? (Object) p.getAsInt() : p.getAsString();
    }

    private static List<String> strings(JsonArray array) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.getAsString()));
        return out;
    }

    private static String describe(JsonObject line) {
        return line.get("id").getAsString() + "/" + line.get("perturbation").getAsString();
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
