package io.envtune.train;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.envtune.api.RewardWeight;
import io.envtune.api.Stage;
import io.envtune.runtime.RecordJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** A short real run whose stages weigh two rewards: their components reach the record lines and the step log. */
public class RewardLedgerRunTest {

    private static final int STEPS = 4;

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void eachEpisodeKeepsItsRewardComponentsAndEachStepTheirMeans() throws Exception {
        BuiltinFixture f = new BuiltinFixture();
        List<Stage> stages = BuiltinFixture.stages().stream().map(s -> weighted(s, 0.7, 0.3)).toList();
        Map<String, List<RewardWeight>> weights = stages.stream()
            .collect(Collectors.toMap(Stage::name, Stage::rewards));
        Path dir = tmp.getRoot().toPath().resolve("run");
        f.run(dir, STEPS, f.policy(), false, stages, 11);

        List<StepLog> metrics = new RunFolder(dir).readMetrics(Long.MAX_VALUE);
        assertEquals(STEPS, metrics.size());
        for (StepLog m : metrics) {
            List<JsonObject> lines = recordLines(dir, m.step());
            assertFalse("step " + m.step() + " has episodes", lines.isEmpty());
            List<RewardWeight> w = weights.get(m.stage());
            lines.forEach(line -> weightedSumIsTheValue(line, w));
            assertEquals("step " + m.step(), means(lines), m.rewardComponents());
            assertEquals("the step's reward mean is the weighted sum of its component means", m.rewardMean(),
                weightedSum(m.rewardComponents()::get, w), 1e-12);
        }
        String raw = Files.readAllLines(dir.resolve("metrics.jsonl"), StandardCharsets.UTF_8).get(0);
        JsonObject means = JsonParser.parseString(raw).getAsJsonObject().getAsJsonObject("reward_components");
        assertTrue(raw, means.has("progress") && means.has("format"));
    }

    /** The record's own fields are written as before; the reward's value is the stage's weighted component sum. */
    private static void weightedSumIsTheValue(JsonObject line, List<RewardWeight> w) {
        JsonObject plain = line.deepCopy();
        JsonObject reward = plain.remove("reward").getAsJsonObject();
        assertEquals("the record fields are unchanged", RecordJson.toLine(RecordJson.fromLine(plain.toString())),
            plain.toString());
        JsonObject components = reward.getAsJsonObject("components");
        assertTrue(components.toString(), components.has("progress") && components.has("format"));
        assertEquals(components.toString(), reward.get("value").getAsDouble(),
            weightedSum(n -> components.get(n).getAsDouble(), w), 1e-12);
    }

    private static double weightedSum(Function<String, Double> component, List<RewardWeight> w) {
        return w.stream().mapToDouble(x -> x.weight() * component.apply(x.name())).sum();
    }

    private static Map<String, Double> means(List<JsonObject> lines) {
        Map<String, double[]> sums = new HashMap<>();
        for (JsonObject l : lines) {
            if (l.get("endReason").isJsonNull()) {
                l.getAsJsonObject("reward").getAsJsonObject("components").entrySet().forEach(e -> {
                    double[] s = sums.computeIfAbsent(e.getKey(), k -> new double[2]);
                    s[0] += e.getValue().getAsDouble();
                    s[1]++;
                });
            }
        }
        Map<String, Double> out = new HashMap<>();
        sums.forEach((k, s) -> out.put(k, s[0] / s[1]));
        return out;
    }

    private static List<JsonObject> recordLines(Path dir, long step) throws Exception {
        List<JsonObject> out = new ArrayList<>();
        for (String l : Files.readAllLines(dir.resolve(String.format("records/step-%05d.jsonl", step)))) {
            out.add(JsonParser.parseString(l).getAsJsonObject());
        }
        return out;
    }

    private static Stage weighted(Stage s, double progress, double format) {
        return new Stage(s.name(), s.splits(), s.subsetSize(), List.of(new RewardWeight("progress", progress),
            new RewardWeight("format", format)), s.feedbackMode(), s.promptVariant(), s.maxStepsPerTurn(),
            s.responseBudget(), s.promotion());
    }
}
