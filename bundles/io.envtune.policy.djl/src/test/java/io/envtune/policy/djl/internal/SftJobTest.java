package io.envtune.policy.djl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.envtune.api.Conversation;
import io.envtune.api.SamplingParams;
import io.envtune.policy.djl.BuiltinModel;
import io.envtune.policy.djl.PolicyOptions;
import io.envtune.runtime.AugmenterChain;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** {@code envtune:sft} end to end without OSGi: oracle records in, a loadable Hugging Face checkpoint out. */
public class SftJobTest {

    @Test
    public void recordsOfAnOracleEvalTrainABuiltinModelIntoALoadableCheckpoint() throws Exception {
        Path dir = TinyModels.tempDir("sft-job");
        Path records = SftFixtures.oracleRecords(SftFixtures.ticketTasks(), dir);
        List<List<String>> vocabTexts = new ArrayList<>();
        Sft.World world = new Sft.World(Domains.lookup(), AugmenterChain.EMPTY,
            id -> SftFixtures.ticketTasks().stream().filter(t -> t.id().equals(id)).findFirst().orElse(null),
            (seed, texts) -> {
                vocabTexts.add(texts);
                return new BuiltinModel(Domains.lookup().apply("TicketAPI").tools(), texts, 300, 32, 1, 2, 1, 64,
                    seed).write(dir.resolve("fresh"));
            }, () -> {
                throw new AssertionError("--model scratch must not start from the shipped model");
            });
        Path out = dir.resolve("out");
        List<String> lines = new ArrayList<>();
        SftRequest req = new SftRequest("scratch", records.toString(), "", out.toString(),
            new SftSettings(2, 1e-2, 3, 2, 1, 8192), "A,B/standard", "cpu", false);
        String summary = Sft.run(req, world, lines::add);
        assertTrue(summary, summary.contains("2 steps") && summary.contains("djl:"));
        assertEquals(lines.toString(), 3, lines.size());
        assertTrue(lines.get(1), lines.get(1).matches("step 1/2 loss \\d+\\.\\d+ lr .* tokens \\d+ \\(\\d+ tokens/s\\) "
            + "grad .*"));
        assertTrue("the data's questions shaped the vocabulary", vocabTexts.get(0).stream()
            .anyMatch(t -> t.contains("ticket")));
        assertTrue(Files.isRegularFile(out.resolve("model.safetensors")));
        assertTrue(Files.isRegularFile(out.resolve("tokenizer.json")));
        assertTrue("the temporary built-in folder is removed", Files.notExists(dir.resolve("fresh")));
        Conversation c = SftData.fromTasks(SftFixtures.ticketTasks().subList(0, 1), SftFixtures.plan()).episodes()
            .get(0).steps().get(0).context();
        try (DjlPolicy p = new DjlPolicy(out, PolicyOptions.defaults("sft"))) {
            String text = p.complete(List.of(c), new SamplingParams(1, 0, 1, 0, 8, List.of(), 1)).get(0).get(0)
                .text();
            assertTrue(text != null);
        }
    }
}
