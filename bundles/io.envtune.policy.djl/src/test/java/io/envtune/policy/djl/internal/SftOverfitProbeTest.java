package io.envtune.policy.djl.internal;

import io.envtune.api.Completion;
import io.envtune.api.Conversation;
import io.envtune.api.SamplingParams;
import io.envtune.policy.djl.PolicyOptions;
import java.nio.file.Path;
import java.util.List;
import org.junit.Assume;
import org.junit.Test;

/** Diagnostic (run with -Denvtune.sft.probe=true): what a model overfit on five episodes generates. */
public class SftOverfitProbeTest {

    @Test
    public void probe() {
        Assume.assumeTrue(Boolean.getBoolean("envtune.sft.probe"));
        Path model = SftFixtures.tinyModel(3);
        List<SftEpisode> episodes = SftData.fromTasks(SftFixtures.ticketTasks(), SftFixtures.plan()).episodes();
        Path out = TinyModels.tempDir("ovf");
        try (SftTrainer trainer = new SftTrainer(model, "cpu");
             ModelTokenizer tok = ModelTokenizer.load(model, trainer.config())) {
            List<List<TrainBatch.Item>> items = SftTokens.all(episodes, tok);
            TrainBatch.Item it = items.get(0).get(0);
            StringBuilder sb = new StringBuilder();
            for (int a : it.lossAt()) {
                sb.append(it.tokens()[a]).append('=').append(tok.decode(new long[] {it.tokens()[a]})).append(' ');
            }
            System.out.println("trained: " + sb);
            new SftRun(trainer, items, new SftSettings(40, 2e-2, 1, 5, 100, 16384)).run(out, false,
                p -> System.out.println(p.line(40)));
        }
        try (DjlPolicy p = new DjlPolicy(out, PolicyOptions.defaults("o"))) {
            Conversation c = episodes.get(0).steps().get(0).context();
            Completion comp = p.complete(List.of(c), new SamplingParams(1, 0, 1, 0, 64, List.of(), 1)).get(0).get(0);
            System.out.println("ids " + comp.tokenIds() + "\ntext " + comp.text() + "\nwanted "
                + episodes.get(0).steps().get(0).response());
        }
    }
}
