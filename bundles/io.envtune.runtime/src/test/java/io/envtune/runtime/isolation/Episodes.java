package io.envtune.runtime.isolation;

import io.envtune.api.EpisodeRecord;
import io.envtune.api.FeedbackMode;
import io.envtune.api.Policy;
import io.envtune.api.PromptVariant;
import io.envtune.api.SamplingParams;
import io.envtune.api.Task;
import io.envtune.api.ToolEnvironment;
import io.envtune.api.ToolSpec;
import io.envtune.api.UserTurn;
import io.envtune.bfcl.BfclDataset;
import io.envtune.runtime.AugmenterChain;
import io.envtune.runtime.EmptyTurnCalls;
import io.envtune.runtime.EpisodeConfig;
import io.envtune.runtime.fuzz.FuzzBench;
import io.envtune.runtime.fuzz.JsonCallMutator;
import io.envtune.runtime.fuzz.ResponseMutator;
import io.envtune.runtime.policy.OraclePolicy;
import io.envtune.runtime.policy.ScriptedPolicy;
import io.envtune.testkit.BfclFixtures;
import io.envtune.toolkit.PyText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * What the isolation tests play: the BFCL tasks, the eight real domains, and for each episode a policy — the oracle, or
 * a scripted policy whose script mixes the ground truth with mutated responses (format errors, wrong and hostile
 * arguments, unknown tools), seeded by the episode number so a sequential replay plays exactly the same episode.
 */
final class Episodes {

    /** Every BFCL class id, in a stable order. */
    static final List<String> CLASSES = List.of("GorillaFileSystem", "MathAPI", "MessageAPI", "TwitterAPI",
        "TicketAPI", "TradingBot", "TravelAPI", "VehicleControlAPI");

    static final SamplingParams SAMPLING = new SamplingParams(1, 0, 1, 0, 512, List.of(), 1);

    final BfclDataset data;
    final Function<String, ToolEnvironment> real;
    private final JsonCallMutator json;
    private final ResponseMutator responses;

    Episodes() {
        data = BfclDataset.load(BfclFixtures.dataDir());
        real = FuzzBench.environments();
        Map<String, ToolSpec> specs = new LinkedHashMap<>();
        CLASSES.forEach(c -> real.apply(c).tools().forEach(s -> specs.putIfAbsent(s.name(), s)));
        json = new JsonCallMutator(specs);
        responses = new ResponseMutator(json);
    }

    /** @return the evaluation settings with the given feedback mode */
    EpisodeConfig config(FeedbackMode mode) {
        return new EpisodeConfig("isolation", mode, PromptVariant.B, 20, EmptyTurnCalls.EXECUTE, data.dataDir());
    }

    /**
     * @param task the task (already tagged)
     * @param episode the episode number: even ones get the oracle, odd ones a mutated script
     * @param lookup the lookup the oracle reads specs from
     * @return the episode's policy
     */
    Policy policy(Task task, int episode, Function<String, ToolEnvironment> lookup) {
        if (episode % 2 == 0) {
            return new OraclePolicy(task, lookup);
        }
        Random r = new Random(0xC0FFEEL * (episode + 1));
        List<String> script = new ArrayList<>();
        for (UserTurn turn : task.turns()) {
            int bad = r.nextInt(3);
            for (int k = 0; k < bad; k++) {
                String s = responses.next(r, turn.groundTruth());
                script.add(s == null || s.length() > 50_000 ? "no tags at all" : s);
            }
            if (!turn.groundTruth().isEmpty() && r.nextInt(4) > 0) {
                List<Object> calls = new ArrayList<>();
                turn.groundTruth().forEach(c -> calls.add(json.toJson(c)));
                script.add("<think>Calling.</think>\n<tool_call>" + PyText.dumps(calls) + "</tool_call>");
            }
            script.add(ScriptedPolicy.DONE);
        }
        return new ScriptedPolicy(script);
    }

    /**
     * @param record a record
     * @return the record with a fixed episode id, so runs with different run ids compare equal
     */
    static EpisodeRecord normalized(EpisodeRecord record) {
        return new EpisodeRecord("-", record.taskId(), record.stage(), record.feedbackMode(),
            record.environmentVersions(), record.steps(), record.turnScores(), record.turnCount());
    }

    /** @return every augmenter, so that augmented episodes run them concurrently too */
    static AugmenterChain augmenters() {
        return FuzzBench.augmenterChain();
    }
}
