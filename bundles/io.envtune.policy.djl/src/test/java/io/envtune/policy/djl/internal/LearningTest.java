package io.envtune.policy.djl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.envtune.api.ChatMessage;
import io.envtune.api.Completion;
import io.envtune.api.Conversation;
import io.envtune.api.EpisodeRecord;
import io.envtune.api.FeedbackMode;
import io.envtune.api.Role;
import io.envtune.api.SamplingParams;
import io.envtune.api.ScoredGroup;
import io.envtune.api.ScoredRollout;
import io.envtune.api.TrainingSegment;
import io.envtune.api.UpdateStats;
import io.envtune.policy.djl.BuiltinModel;
import io.envtune.policy.djl.GrpoSettings;
import io.envtune.policy.djl.PolicyOptions;
import io.envtune.policy.djl.TestTools;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/**
 * GRPO on the built-in model with a dense toy reward: the fraction of completion tokens whose text starts with a
 * space (about half the vocabulary at initialisation). A sparse target such as "starts with {@code <answer>}" is hit
 * about once per thousand samples by the random model and gives no signal in a few dozen steps.
 */
public class LearningTest {

    private static final List<Conversation> PROMPTS = List.of(
            new Conversation(List.of(new ChatMessage(Role.USER, "What is the weather in Paris?")), List.of()),
            new Conversation(List.of(new ChatMessage(Role.USER, "List the files please.")), List.of()));

    private DjlPolicy policy;

    double reward(Completion c) {
        int hits = 0;
        for (int id : c.tokenIds()) {
            String piece = policy.decode(List.of(id));
            hits += piece.startsWith(" ") ? 1 : 0;
        }
        return (double) hits / c.tokenIds().size();
    }

    @Test
    public void toyRewardRisesWithinAFewDozenSteps() {
        Path dir = BuiltinModel.of(TestTools.tools(), List.of(), 1).write(TinyModels.tempDir("learn"));
        PolicyOptions options = PolicyOptions.defaults("learner").withGrpo(GrpoSettings.builtin());
        policy = new DjlPolicy(dir, options);
        try {
            long gen = 0;
            long upd = 0;
            double first = 0;
            double last = 0;
            int steps = 30;
            long t0 = System.nanoTime();
            for (int step = 0; step < steps; step++) {
                SamplingParams sp = new SamplingParams(8, 1.0, 1.0, 0, 6, List.of(), 1000 + step);
                long a = System.nanoTime();
                List<List<Completion>> out = policy.complete(PROMPTS, sp);
                gen += System.nanoTime() - a;
                List<ScoredGroup> groups = new ArrayList<>();
                double mean = 0;
                for (int i = 0; i < PROMPTS.size(); i++) {
                    List<ScoredRollout> rollouts = new ArrayList<>();
                    for (Completion c : out.get(i)) {
                        double r = reward(c);
                        mean += r / (8.0 * PROMPTS.size());
                        rollouts.add(new ScoredRollout(record(), r, List.of(new TrainingSegment(PROMPTS.get(i), c))));
                    }
                    groups.add(new ScoredGroup("t" + i, rollouts));
                }
                a = System.nanoTime();
                UpdateStats st = policy.update(groups);
                upd += System.nanoTime() - a;
                if (step < 5) {
                    first += mean / 5;
                }
                if (step >= steps - 5) {
                    last += mean / 5;
                }
                if (step % 5 == 0 || step == steps - 1) {
                    System.out.printf("step %d reward %.3f loss %.4f kl %.5f entropy %.3f clip %.3f grad %.3f tokens %d "
                        + "zero %d%n", step, mean, st.loss(), st.kl(), st.entropy(), st.clipFraction(), st.gradNorm(),
                        st.tokens(), st.zeroSignalGroups());
                }
            }
            System.out.printf("reward first5 %.3f last5 %.3f, %.0f ms/step (sampling %.0f, update %.0f)%n", first,
                    last, (System.nanoTime() - t0) / 1e6 / steps, gen / 1e6 / steps, upd / 1e6 / steps);
            assertEquals(steps, policy.steps(), 2);
            assertTrue("reward rose: " + first + " -> " + last, last > first + 0.25);
        } finally {
            policy.close();
        }
    }

    static EpisodeRecord record() {
        return new EpisodeRecord("e", "t", "toy", FeedbackMode.STANDARD, Map.of(), List.of(), List.of(), 1);
    }
}
