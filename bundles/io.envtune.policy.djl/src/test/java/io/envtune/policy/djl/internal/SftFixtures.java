package io.envtune.policy.djl.internal;

import io.envtune.api.EpisodeRecord;
import io.envtune.api.FeedbackMode;
import io.envtune.api.PromptVariant;
import io.envtune.api.SamplingParams;
import io.envtune.api.Task;
import io.envtune.api.ToolSpec;
import io.envtune.policy.djl.BuiltinModel;
import io.envtune.runtime.AugmenterChain;
import io.envtune.runtime.EpisodeConfig;
import io.envtune.runtime.RecordJson;
import io.envtune.runtime.Rollout;
import io.envtune.runtime.RolloutExecutor;
import io.envtune.runtime.policy.OraclePolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** Small real inputs for the warm-start tests: the TicketAPI built-in tasks, their oracle records, a tiny model. */
final class SftFixtures {

    private SftFixtures() {
    }

    static List<Task> ticketTasks() {
        return Domains.training().stream().filter(t -> t.involvedClasses().equals(List.of("TicketAPI"))).toList();
    }

    static SftData.Plan plan() {
        return new SftData.Plan(List.of(PromptVariant.A, PromptVariant.B), FeedbackMode.STANDARD, 5,
            Domains.lookup(), AugmenterChain.EMPTY);
    }

    /** A tiny built-in model (width 32, one layer) whose vocabulary covers the TicketAPI tools. */
    static Path tinyModel(long seed) {
        List<ToolSpec> tools = Domains.lookup().apply("TicketAPI").tools();
        BuiltinModel spec = new BuiltinModel(tools, List.of(), 300, 32, 1, 2, 1, 64, seed);
        return spec.write(TinyModels.tempDir("sft-model"));
    }

    /** Plays the oracle on the tasks as envtune:eval does and writes the records. */
    static Path oracleRecords(List<Task> tasks, Path dir) {
        try (RolloutExecutor ex = new RolloutExecutor(1, 16)) {
            List<Rollout> rollouts = ex.runAll(tasks, t -> new OraclePolicy(t, Domains.lookup()),
                new RolloutExecutor.Plan(EpisodeConfig.evaluation(null), Domains.lookup(), AugmenterChain.EMPTY,
                    new SamplingParams(1, 0, 1, 0, 512, List.of(), 7), false));
            List<EpisodeRecord> records = rollouts.stream().map(Rollout::record).toList();
            Path file = dir.resolve("records.jsonl");
            RecordJson.write(file, records);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
