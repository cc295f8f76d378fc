package io.envtune.env.message.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.envtune.api.EnvironmentInstance;
import io.envtune.api.EnvironmentOptions;
import io.envtune.toolkit.CallExecutor;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/**
 * Replays the perturbed model trajectories of {@code fixtures/verdicts_public.jsonl} that involve MessageAPI: the result
 * of every MessageAPI call and the SHA-256 of MessageAPI's canonical state after every turn.
 */
public final class MessageVerdictReplayTest {

    @Test
    public void modelReplaysMatchTheReference() throws NoSuchAlgorithmException {
        Map<String, JsonObject> questions = BfclFixtures.questions();
        Replay replay = new Replay("MessageAPI verdict replays");
        for (JsonObject line : BfclFixtures.lines("fixtures/verdicts_public.jsonl")) {
            JsonObject question = questions.get(line.get("id").getAsString());
            if (BfclFixtures.involves(question.get("involved_classes"), MessageEnvironment.ID)) {
                replayLine(line, question, replay);
            }
        }
        replay.finish();
    }

    private static void replayLine(JsonObject line, JsonObject question, Replay replay)
        throws NoSuchAlgorithmException {
        String id = line.get("id").getAsString() + "/" + line.get("perturbation").getAsString();
        EnvironmentInstance instance = new MessageEnvironment().create(
            BfclFixtures.scenario(question.getAsJsonObject("initial_config"), MessageEnvironment.ID),
            new EnvironmentOptions(line.get("split").getAsString().equals("long_context"), BfclFixtures.dataDir()));
        CallExecutor executor =
            new CallExecutor(List.of(new CallExecutor.ToolLookup(instance, MessageEnvironment.TABLE.names())));
        JsonArray turns = line.getAsJsonArray("model_result_decoded");
        JsonArray replays = line.getAsJsonArray("model_replay");
        for (int t = 0; t < turns.size(); t++) {
            JsonObject expected = replays.get(t).getAsJsonObject();
            JsonArray steps = turns.get(t).getAsJsonArray();
            for (int s = 0; s < steps.size(); s++) {
                JsonArray calls = steps.get(s).getAsJsonArray();
                for (int k = 0; k < calls.size(); k++) {
                    String call = calls.get(k).getAsString();
                    if (MessageEnvironment.TABLE.names().contains(BfclFixtures.callName(call))) {
                        String result = expected.getAsJsonArray("results").get(s).getAsJsonArray().get(k)
                            .getAsString();
                        replay.check(id + " turn " + t + " " + call, result, executor.execute(call).text());
                    }
                }
            }
            JsonElement hash = expected.getAsJsonObject("state_sha256").get(MessageEnvironment.ID);
            if (hash != null) {
                replay.check(id + " turn " + t + " state hash", hash.getAsString(), sha256(instance.canonicalState()));
            }
        }
    }

    private static String sha256(String text) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
