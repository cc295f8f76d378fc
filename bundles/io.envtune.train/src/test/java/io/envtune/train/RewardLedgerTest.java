package io.envtune.train;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.envtune.api.EpisodeRecord;
import io.envtune.api.FeedbackMode;
import io.envtune.api.Reward;
import io.envtune.api.RewardComponent;
import io.envtune.runtime.RecordJson;
import io.envtune.train.internal.RewardLedger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class RewardLedgerTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private static EpisodeRecord record(String id, String endReason) {
        return new EpisodeRecord(id, "task \ud83d", "S2", FeedbackMode.STANDARD, Map.of(), List.of(), List.of(), 1,
            endReason);
    }

    private static Reward reward(double progress, double format) {
        return new Reward(0.9 * progress + 0.1 * format, List.of(new RewardComponent("progress", progress),
            new RewardComponent("format", format), new RewardComponent("format.r_format", format / 2)));
    }

    @Test
    public void aLineIsThePlainRecordWithTheRewardAppended() {
        EpisodeRecord r = record("e1", null);
        String line = RewardLedger.line(r, reward(0.5, 1.0));
        String plain = RecordJson.toLine(r);
        assertTrue(line, line.startsWith(plain.substring(0, plain.length() - 1) + ",\"reward\":"));
        assertTrue("the lone surrogate stays escaped: " + line, line.contains("\\ud83d"));
        assertEquals(r, RecordJson.fromLine(line));
        JsonObject reward = JsonParser.parseString(line).getAsJsonObject().getAsJsonObject("reward");
        assertEquals(0.55, reward.get("value").getAsDouble(), 1e-15);
        assertEquals("{\"progress\":0.5,\"format\":1.0,\"format.r_format\":0.5}",
            reward.getAsJsonObject("components").toString());
    }

    @Test
    public void stepMeansLeaveFaultedEpisodesOutAsTheGroupsDo() {
        Map<String, Double> means = RewardLedger.componentMeans(List.of(
            new RewardLedger.Entry(record("a", null), reward(1, 1)),
            new RewardLedger.Entry(record("b", null), reward(0, 0.5)),
            new RewardLedger.Entry(record("c", "policy error: boom"), reward(0, 0))));
        assertEquals(List.of("progress", "format", "format.r_format"), List.copyOf(means.keySet()));
        assertEquals(0.5, means.get("progress"), 0);
        assertEquals(0.75, means.get("format"), 0);
        assertEquals(0.375, means.get("format.r_format"), 0);
    }

    @Test
    public void recordsAndRewardsMustPairUp() throws Exception {
        RunFolder folder = new RunFolder(tmp.getRoot().toPath());
        try {
            folder.writeRecords(1, List.of(record("a", null)), List.of());
            throw new AssertionError("accepted one record and no reward");
        } catch (IllegalArgumentException e) {
            assertEquals("1 records but 0 rewards", e.getMessage());
        }
        folder.writeRecords(1, List.of(record("a", null)), List.of(reward(1, 0)));
        assertEquals(List.of(record("a", null)), RecordJson.read(folder.dir().resolve("records/step-00001.jsonl")));
    }

    @Test
    public void aMetricsLineWithoutComponentsReadsAsEmptyAndTheNewKeyIsSnakeCase() throws Exception {
        RunFolder folder = new RunFolder(tmp.getRoot().toPath());
        StepLog old = new StepLog(1, "S1", 0.5, 0, 0, 1, 0, 0, 0, 0, 0, 0, Double.NaN, 1, false, 0, 0, 0, 0,
            Double.NaN, null);
        folder.writeMetrics(List.of(old));
        Path metrics = folder.dir().resolve("metrics.jsonl");
        String line = Files.readString(metrics, StandardCharsets.UTF_8).trim();
        Files.writeString(metrics, line.replace(",\"reward_components\":{}", "") + "\n");
        assertEquals(Map.of(), folder.readMetrics(1).get(0).rewardComponents());
        StepLog now = new StepLog(old.step(), old.stage(), 0.5, 0, 0, 1, 0, 0, 0, 0, 0, 0, Double.NaN, 1, false, 0,
            0, 0, 0, Double.NaN, null, Map.of("progress", 0.25));
        folder.writeMetrics(List.of(now));
        assertTrue(Files.readString(metrics).contains("\"reward_components\":{\"progress\":0.25}"));
        assertEquals(Map.of("progress", 0.25), folder.readMetrics(1).get(0).rewardComponents());
    }
}
