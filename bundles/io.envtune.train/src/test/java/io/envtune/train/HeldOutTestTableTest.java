package io.envtune.train;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.envtune.api.EpisodeRecord;
import io.envtune.api.Task;
import io.envtune.api.TurnScore;
import io.envtune.runtime.RecordJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * A run whose pool has a held-out test part measures it before and after, in the paper's Table-1 layout, and writes
 * it under {@code test} in {@code summary.json}; the figures agree with a plain recount of the recorded episodes.
 */
public class HeldOutTestTableTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void theTestPartIsMeasuredBeforeAndAfterAndMatchesItsRecords() throws Exception {
        BuiltinFixture f = new BuiltinFixture();
        f.test = f.validation;
        List<Task> tasks = new ArrayList<>();
        f.test.values().forEach(tasks::addAll);
        Path dir = tmp.newFolder("run").toPath();
        Summary s = f.run(dir, 2, f.policy(), false);
        TestSummary t = s.test();
        assertNotNull(t);
        assertEquals("test", t.part());
        assertEquals(11, t.seed());
        assertEquals(tasks.size(), t.tasks());
        assertEquals(TrainConfig.VALIDATION_SAMPLES, t.samples_per_task());
        for (String name : List.of("before", "after")) {
            AccuracyTable table = name.equals("before") ? t.before() : t.after();
            List<EpisodeRecord> records = RecordJson.read(dir.resolve("records/eval-" + name + "-test.jsonl"));
            assertEquals(tasks.size() * TrainConfig.VALIDATION_SAMPLES, records.size());
            assertEquals(name, recount(tasks, records), table.overall().perSample());
            assertEquals(tasks.size(), table.overall().entries());
        }
        JsonObject json = JsonParser.parseString(Files.readString(dir.resolve("summary.json"))).getAsJsonObject();
        JsonObject test = json.getAsJsonObject("test");
        assertEquals("test", test.get("part").getAsString());
        assertEquals(t.after().overall().accuracy(), test.getAsJsonObject("after").getAsJsonObject("overall")
            .get("accuracy").getAsDouble(), 1e-9);
        assertTrue(t.render(), t.render().contains("before training:\n") && t.render().contains("after training:\n"));
    }

    @Test
    public void withoutATestPartThereIsNoTestBlock() throws Exception {
        BuiltinFixture f = new BuiltinFixture();
        Summary s = f.run(tmp.newFolder("run").toPath(), 1, f.policy(), false);
        assertNull(s.test());
    }

    /** Per sample j, the percentage of tasks whose j-th episode passed every turn, counted plainly. */
    private static List<Double> recount(List<Task> tasks, List<EpisodeRecord> records) {
        Map<String, List<Boolean>> byTask = new HashMap<>();
        for (EpisodeRecord r : records) {
            boolean all = r.turnScores().size() == r.turnCount()
                && r.turnScores().stream().allMatch(TurnScore::passed);
            byTask.computeIfAbsent(r.taskId(), k -> new ArrayList<>()).add(all);
        }
        List<Double> out = new ArrayList<>();
        for (int j = 0; j < TrainConfig.VALIDATION_SAMPLES; j++) {
            int ok = 0;
            for (Task task : tasks) {
                ok += byTask.get(task.id()).get(j) ? 1 : 0;
            }
            out.add(100.0 * ok / tasks.size());
        }
        return out;
    }
}
