package io.envtune.bfcl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.envtune.api.Task;
import io.envtune.api.ToolEnvironment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Replays the ground truth of all 800 golden entries and compares every result string, every canonical state and
 * the rendered fixture line byte for byte.
 */
public final class GoldenConformanceTest {

    private static final int REPORTED = 10;

    private static Path bfcl;
    private static BfclDataset dataset;
    private static Map<String, ToolEnvironment> environments;

    @BeforeClass
    public static void load() {
        bfcl = TestSupport.bfclDir();
        dataset = BfclDataset.load(bfcl.resolve("data"));
        environments = TestSupport.environments();
    }

    @Test
    public void base() throws IOException {
        replaySplit("base");
    }

    @Test
    public void missFunc() throws IOException {
        replaySplit("miss_func");
    }

    @Test
    public void missParam() throws IOException {
        replaySplit("miss_param");
    }

    @Test
    public void longContext() throws IOException {
        replaySplit("long_context");
    }

    private void replaySplit(String split) throws IOException {
        Tally tally = new Tally();
        for (String line : Files.readAllLines(bfcl.resolve("fixtures/golden_" + split + ".jsonl"),
                StandardCharsets.UTF_8)) {
            compareEntry(JsonParser.parseString(line).getAsJsonObject(), line, tally);
        }
        System.out.println("golden " + split + ": " + tally);
        assertEquals("entries of " + split, 200, tally.entries);
        assertTrue("golden " + split + " mismatches:\n" + String.join("\n", tally.firstMismatches),
            tally.firstMismatches.isEmpty());
        assertEquals("entries skipped for lack of an environment", 0, tally.skipped);
    }

    private void compareEntry(JsonObject golden, String line, Tally tally) {
        String id = golden.get("id").getAsString();
        Task task = dataset.task(id).orElseThrow();
        tally.entries++;
        if (!task.involvedClasses().stream().allMatch(environments::containsKey)) {
            tally.skipped++;
            return;
        }
        ReplayedEntry replay = GroundTruthReplay.replay(task, environments::get, bfcl.resolve("data"));
        compareStates(id + " initial", golden.getAsJsonObject("initial_state"), replay.initialState(), tally);
        JsonArray turns = golden.getAsJsonArray("turns");
        for (int t = 0; t < turns.size(); t++) {
            JsonObject turn = turns.get(t).getAsJsonObject();
            compareResults(id + " turn " + t, turn.getAsJsonArray("results"), replay.turns().get(t).results(), tally);
            compareStates(id + " turn " + t, turn.getAsJsonObject("state"), replay.turns().get(t).state(), tally);
        }
        tally.check(line.equals(replay.toJsonLine()), () -> id + ": rendered line differs", true);
    }

    private static void compareResults(String where, JsonArray expected, List<String> actual, Tally tally) {
        for (int k = 0; k < expected.size(); k++) {
            String want = expected.get(k).getAsString();
            String got = k < actual.size() ? actual.get(k) : "<missing>";
            int call = k;
            tally.calls++;
            tally.check(want.equals(got), () -> where + " call " + call + ": expected " + clip(want) + " got "
                + clip(got), false);
        }
    }

    private static void compareStates(String where, JsonObject expected, Map<String, String> actual, Tally tally) {
        for (Map.Entry<String, JsonElement> e : expected.entrySet()) {
            String want = e.getValue().getAsString();
            String got = actual.get(e.getKey());
            tally.states++;
            if (!want.equals(got)) {
                tally.stateMismatches++;
                tally.note(where + " state " + e.getKey() + ": " + firstDifference(want, got));
            }
        }
    }

    static String firstDifference(String want, String got) {
        if (got == null) {
            return "missing";
        }
        int i = 0;
        while (i < want.length() && i < got.length() && want.charAt(i) == got.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 60);
        return "at " + i + ": expected ..." + clip(want.substring(from, Math.min(want.length(), i + 60)))
            + " got ..." + clip(got.substring(from, Math.min(got.length(), i + 60)));
    }

    static String clip(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "...(" + s.length() + " chars)";
    }

    /** Counts and the first mismatches of one split. */
    private static final class Tally {
        int entries;
        int skipped;
        int calls;
        int callMismatches;
        int states;
        int stateMismatches;
        int lineMismatches;
        final List<String> firstMismatches = new ArrayList<>();

        void check(boolean ok, java.util.function.Supplier<String> message, boolean line) {
            if (!ok) {
                if (line) {
                    lineMismatches++;
                } else {
                    callMismatches++;
                }
                note(message.get());
            }
        }

        void note(String message) {
            if (firstMismatches.size() < REPORTED) {
                firstMismatches.add(message);
            }
        }

        @Override
        public String toString() {
            return String.format("%d entries (%d skipped: environment missing), calls %d/%d match, states %d/%d match,"
                + " lines %d/%d match", entries, skipped, calls - callMismatches, calls, states - stateMismatches,
                states, entries - skipped - lineMismatches, entries - skipped);
        }
    }
}
