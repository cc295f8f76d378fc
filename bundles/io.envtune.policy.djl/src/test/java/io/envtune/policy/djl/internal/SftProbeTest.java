package io.envtune.policy.djl.internal;

import io.envtune.api.ChatMessage;
import io.envtune.api.PromptVariant;
import io.envtune.api.Task;
import io.envtune.api.UserTurn;
import io.envtune.policy.djl.BuiltinModel;
import io.envtune.policy.djl.PolicyOptions;
import io.envtune.runtime.AugmenterChain;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.Assume;
import org.junit.Test;

/** Measurements for sizing the warm start (run with -Denvtune.sft.probe=true); asserts nothing. */
public class SftProbeTest {

    @Test
    public void probe() {
        Assume.assumeTrue(Boolean.getBoolean("envtune.sft.probe"));
        int width = Integer.getInteger("w", 128);
        int layers = Integer.getInteger("l", 2);
        int steps = Integer.getInteger("steps", 60);
        int batch = Integer.getInteger("batch", 8);
        double lr = Double.parseDouble(System.getProperty("lr", "3e-3"));
        List<Task> train = Domains.training();
        List<Task> val = Domains.validation();
        List<String> texts = new ArrayList<>();
        for (Task t : train) {
            for (UserTurn u : t.turns()) {
                u.messages().stream().map(ChatMessage::content).forEach(texts::add);
            }
        }
        BuiltinModel spec = new BuiltinModel(Domains.tools(), texts, 1500, width, layers, 4, 2, width * 3, 1);
        Path dir = spec.write(TinyModels.tempDir("probe"));
        SftData.Plan plan = new SftData.Plan(List.of(PromptVariant.A, PromptVariant.B),
            io.envtune.api.FeedbackMode.STANDARD, 5, Domains.lookup(), AugmenterChain.EMPTY);
        long t0 = System.nanoTime();
        SftData.Result data = SftData.fromTasks(train, plan);
        System.out.printf("rendered %d episodes (skipped %s) in %.2f s%n", data.episodes().size(), data.skipped(),
            (System.nanoTime() - t0) / 1e9);
        try (SftTrainer trainer = new SftTrainer(dir, "cpu");
             ModelTokenizer tok = ModelTokenizer.load(dir, trainer.config())) {
            System.out.println("vocab " + trainer.config().vocabSize());
            List<List<TrainBatch.Item>> items = SftTokens.all(data.episodes(), tok);
            long ctx = 0;
            long trained = 0;
            int seqs = 0;
            for (List<TrainBatch.Item> e : items) {
                for (TrainBatch.Item it : e) {
                    ctx += it.tokens().length;
                    trained += it.lossAt().length;
                    seqs++;
                }
            }
            System.out.printf("%d sequences, mean length %.0f, trained tokens %d (%.1f per sequence)%n", seqs,
                (double) ctx / seqs, trained, (double) trained / seqs);
            SftRun run = new SftRun(trainer, items, new SftSettings(steps, lr, 1, batch, 1_000_000, 8192));
            run.run(TinyModels.tempDir("probe-out"), false, p -> System.out.println(p.line(steps)));
            Path out = TinyModels.tempDir("probe-ck");
            trainer.save(out, java.util.Map.of());
            try (DjlPolicy p = new DjlPolicy(out, PolicyOptions.defaults("probe"))) {
                long e0 = System.nanoTime();
                ToolTurns.Score tr = ToolTurns.play(p, train, 0, PromptVariant.B);
                ToolTurns.Score va = ToolTurns.play(p, val, 0, PromptVariant.B);
                System.out.printf("greedy tool-turn accuracy: train %d/%d, validation %d/%d (%.1f s)%n", tr.correct(),
                    tr.total(), va.correct(), va.total(), (System.nanoTime() - e0) / 1e9);
            }
        }
    }
}
