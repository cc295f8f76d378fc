package io.envtune.server.internal;

import static org.junit.Assert.assertEquals;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.envtune.api.Task;
import io.envtune.bfcl.BfclDataset;
import io.envtune.server.internal.core.Limits;
import io.envtune.platform.StaticPlugins;
import io.envtune.testkit.BfclFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Test;

/**
 * Inline BFCL-format tasks (question line plus its ground truth, posted as {@code task}) play exactly like the same
 * task served by id: the first entry of each split, so a miss_func task with {@code missed_function} and a
 * long-context one are among them; rewards and recorded steps must be equal.
 */
public class InlineTaskTest {

    @Test
    public void inlineTasksPlayLikeTheirIds() throws IOException {
        BfclDataset data = BfclDataset.load(BfclFixtures.dataDir());
        StaticPlugins plugins = TestPlugins.all();
        try (EnvtuneServer byId = EnvtuneServer.start(new ServerSettings("127.0.0.1", 0, null, data.dataDir(),
            Limits.defaults(), 4), plugins)) {
            Api api = new Api(byId.baseUrl());
            for (String split : BfclDataset.SPLITS) {
                JsonObject line = firstLine(data.dataDir(), split);
                Task task = data.task(line.get("id").getAsString()).orElseThrow();
                OracleScript script = OracleScript.of(task, plugins::environment);
                JsonObject viaId = new OracleClient(api).play(script, new JsonObject());
                JsonObject start = new JsonObject();
                start.add("task", line);
                JsonObject viaInline = playInline(api, script, start);
                assertEquals(split, viaId.get("rewards"), viaInline.get("rewards"));
                assertEquals(split, viaId.getAsJsonObject("record").get("steps"),
                    viaInline.getAsJsonObject("record").get("steps"));
                assertEquals(1.0, viaInline.getAsJsonObject("rewards").getAsJsonObject("success").get("value")
                    .getAsDouble(), 0);
            }
        }
    }

    /** OracleClient adds taskId; an inline start must not have one, so the id goes into the task itself. */
    private static JsonObject playInline(Api api, OracleScript script, JsonObject start) {
        Api.Reply opened = api.post("/v1/episodes", start);
        assertEquals(opened.body().toString(), 201, opened.status());
        String id = opened.json().get("episodeId").getAsString();
        int turn = 0;
        boolean after = false;
        boolean done = opened.json().get("done").getAsBoolean();
        while (!done) {
            JsonObject step = new JsonObject();
            step.addProperty("message", script.next(turn, after));
            JsonObject r = api.post("/v1/episodes/" + id + "/step", step).json();
            boolean ended = !r.get("turnScore").isJsonNull();
            turn += ended ? 1 : 0;
            after = !ended;
            done = r.get("done").getAsBoolean();
        }
        JsonObject out = api.get("/v1/episodes/" + id + "/rewards").json();
        out.add("record", api.get("/v1/episodes/" + id + "/record").body());
        api.delete("/v1/episodes/" + id);
        return out;
    }

    private static JsonObject firstLine(Path dataDir, String split) throws IOException {
        String name = "BFCL_v4_multi_turn_" + split + ".json";
        String pick = split.equals("miss_func") ? "multi_turn_miss_func_0" : null;
        JsonObject question = line(dataDir.resolve(name), pick);
        JsonObject answer = line(dataDir.resolve("possible_answer").resolve(name),
            question.get("id").getAsString());
        question.add("ground_truth", answer.get("ground_truth"));
        return question;
    }

    private static JsonObject line(Path file, String id) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String l : lines) {
            JsonElement e = JsonParser.parseString(l);
            if (id == null || e.getAsJsonObject().get("id").getAsString().equals(id)) {
                return e.getAsJsonObject();
            }
        }
        throw new IllegalStateException(id + " not in " + file);
    }
}
