package io.envtune.train;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.envtune.api.Stage;
import io.envtune.curriculum.Ablation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class AblationRunTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void everyVariantAndSeedTrainsOnceAndTheTableAggregatesThem() throws Exception {
        BuiltinFixture f = new BuiltinFixture();
        Path out = tmp.getRoot().toPath().resolve("ablate");
        List<String> trained = new ArrayList<>();
        List<List<Stage>> stagesSeen = new ArrayList<>();
        AblationRun.Trainer trainer = (stages, seed, dir) -> {
            trained.add(dir.getParent().getFileName() + "/" + seed);
            stagesSeen.add(stages);
            return f.run(dir, 8, f.policy(), false, stages, seed);
        };
        List<Ablation> variants = List.of(Ablation.values());
        List<AblationRun.Result> results = AblationRun.run(variants, List.of(1L, 2L, 3L), BuiltinFixture.stages(),
            out, trainer, line -> { });
        assertEquals(12, results.size());
        assertEquals(12, trained.size());
        assertEquals("the single stage is one stage", 1, stagesSeen.get(3).size());
        assertEquals("success", stagesSeen.get(9).get(1).rewards().get(0).name());

        List<AblationRun.Row> rows = AblationRun.table(variants, results);
        assertEquals(4, rows.size());
        for (AblationRun.Row r : rows) {
            assertEquals(3, r.seeds());
            assertTrue(r.progressGain().min() <= r.progressGain().mean()
                && r.progressGain().mean() <= r.progressGain().max());
        }
        AblationRun.Row full = rows.get(0);
        assertTrue("the full curriculum learns: " + full.progressGain(), full.progressGain().mean() > 0.1);
        String text = AblationRun.text(rows);
        assertTrue(text, text.contains("single_stage") && text.contains("±"));

        JsonObject json = JsonParser.parseString(Files.readString(out.resolve("ablation.json"),
            StandardCharsets.UTF_8)).getAsJsonObject();
        assertEquals(4, json.getAsJsonArray("rows").size());
        assertEquals(12, json.getAsJsonArray("runs").size());

        trained.clear();
        List<AblationRun.Result> again = AblationRun.run(variants, List.of(1L, 2L, 3L), BuiltinFixture.stages(), out,
            trainer, line -> { });
        assertTrue("finished runs are read back, not repeated: " + trained, trained.isEmpty());
        assertEquals(results.get(5).summary().progress_after(), again.get(5).summary().progress_after(), 0.0);
    }

    @Test
    public void summariesCarryPerSplitBeforeAndAfter() throws Exception {
        BuiltinFixture f = new BuiltinFixture();
        Path dir = tmp.getRoot().toPath().resolve("run");
        Summary s = f.run(dir, 6, f.policy(), false);
        assertEquals(List.of("base", "miss_func", "miss_param"), List.copyOf(s.per_split().keySet()));
        int episodes = s.per_split().values().stream().mapToInt(SplitChange::episodes).sum();
        assertEquals(f.train.values().stream().mapToInt(List::size).sum(), episodes);
        double weighted = s.per_split().values().stream().mapToDouble(c -> c.progress_after() * c.episodes()).sum();
        assertEquals("per-split progress adds up to the overall", s.progress_after(), weighted / episodes, 1e-9);
        assertEquals("every validation task, " + TrainConfig.VALIDATION_SAMPLES + " samples each",
            TrainConfig.VALIDATION_SAMPLES * f.validation.values().stream().mapToInt(List::size).sum(),
            s.validation_per_split().values().stream().mapToInt(SplitChange::episodes).sum());
        for (String name : List.of("before-train", "before-validation", "after-train", "after-validation")) {
            assertTrue(name, Files.isRegularFile(dir.resolve("records").resolve("eval-" + name + ".jsonl")));
        }
    }
}
