package io.envtune.train;

import io.envtune.api.ChatMessage;
import io.envtune.api.Completion;
import io.envtune.api.Conversation;
import io.envtune.api.Role;
import io.envtune.api.SamplingParams;
import io.envtune.api.ScoredGroup;
import io.envtune.api.ScoredRollout;
import io.envtune.api.Task;
import io.envtune.api.ToolEnvironment;
import io.envtune.api.TrainablePolicy;
import io.envtune.api.TrainingSegment;
import io.envtune.api.UpdateStats;
import io.envtune.runtime.policy.OraclePolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * A small but real trainable policy for testing the training loop without a neural network: a softmax over three
 * strategies (answer like the oracle, break the format, answer at once), sampled per response and trained with the
 * group-normalised policy gradient. The sampled strategy is the completion's single "token".
 */
final class StrategyPolicy implements TrainablePolicy {

    private static final String MALFORMED = "I think I should call a tool.";
    private static final String GIVE_UP = "<think>no</think><answer>I cannot.</answer>";

    private final Map<String, Task> byQuestion;
    private final Function<String, ToolEnvironment> lookup;
    private final double[] logits = {0, 1.5, 1.5};
    private final double learningRate;

    StrategyPolicy(Map<String, Task> byQuestion, Function<String, ToolEnvironment> lookup, double learningRate) {
        this.byQuestion = byQuestion;
        this.lookup = lookup;
        this.learningRate = learningRate;
    }

    @Override
    public String name() {
        return "strategy";
    }

    synchronized double[] probabilities() {
        double max = Math.max(logits[0], Math.max(logits[1], logits[2]));
        double[] p = new double[3];
        double z = 0;
        for (int i = 0; i < 3; i++) {
            p[i] = Math.exp(logits[i] - max);
            z += p[i];
        }
        for (int i = 0; i < 3; i++) {
            p[i] /= z;
        }
        return p;
    }

    @Override
    public List<List<Completion>> complete(List<Conversation> batch, SamplingParams params) {
        List<List<Completion>> out = new ArrayList<>();
        double[] p = probabilities();
        Random rng = new Random(params.seed());
        for (Conversation c : batch) {
            double u = rng.nextDouble();
            int k = u < p[0] ? 0 : u < p[0] + p[1] ? 1 : 2;
            String text = switch (k) {
                case 0 -> new OraclePolicy(task(c), lookup).complete(List.of(c), params).get(0).get(0).text();
                case 1 -> MALFORMED;
                default -> GIVE_UP;
            };
            out.add(List.of(new Completion(text, List.of(k), List.of((float) Math.log(p[k])), false)));
        }
        return out;
    }

    private Task task(Conversation c) {
        for (ChatMessage m : c.messages()) {
            if (m.role() == Role.USER && byQuestion.containsKey(m.content())) {
                return byQuestion.get(m.content());
            }
        }
        throw new IllegalStateException("unknown conversation");
    }

    @Override
    public synchronized UpdateStats update(List<ScoredGroup> groups) {
        double[] p = probabilities();
        double[] grad = new double[3];
        int zero = 0;
        long tokens = 0;
        for (ScoredGroup g : groups) {
            double mean = g.rollouts().stream().mapToDouble(ScoredRollout::reward).average().orElse(0);
            double var = g.rollouts().stream().mapToDouble(r -> (r.reward() - mean) * (r.reward() - mean))
                .average().orElse(0);
            if (var == 0) {
                zero++;
                continue;
            }
            for (ScoredRollout r : g.rollouts()) {
                double adv = (r.reward() - mean) / (Math.sqrt(var) + 1e-6);
                for (TrainingSegment s : r.segments()) {
                    int k = s.completion().tokenIds().get(0);
                    for (int i = 0; i < 3; i++) {
                        grad[i] += adv * ((i == k ? 1 : 0) - p[i]);
                    }
                    tokens++;
                }
            }
        }
        double norm = Math.sqrt(grad[0] * grad[0] + grad[1] * grad[1] + grad[2] * grad[2]);
        for (int i = 0; i < 3; i++) {
            logits[i] += tokens == 0 ? 0 : learningRate * grad[i] / tokens;
        }
        return new UpdateStats(0, 0, 0, 0, norm, tokens, zero);
    }

    @Override
    public synchronized void save(Path dir) {
        try {
            Files.writeString(dir.resolve("logits.txt"), logits[0] + " " + logits[1] + " " + logits[2]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void load(Path dir) {
        try {
            String[] parts = Files.readString(dir.resolve("logits.txt")).trim().split(" ");
            for (int i = 0; i < 3; i++) {
                logits[i] = Double.parseDouble(parts[i]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
