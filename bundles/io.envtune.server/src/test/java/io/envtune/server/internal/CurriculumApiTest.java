package io.envtune.server.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonObject;
import io.envtune.bfcl.BfclDataset;
import io.envtune.runtime.AugmenterChain;
import io.envtune.server.internal.core.Limits;
import io.envtune.platform.StaticPlugins;
import io.envtune.testkit.BfclFixtures;
import java.util.List;
import org.junit.Test;

public class CurriculumApiTest {

    @Test
    public void stageTasksMetricsAndPromotion() {
        BfclDataset data = BfclDataset.load(BfclFixtures.dataDir());
        try (EnvtuneServer server = EnvtuneServer.start(new ServerSettings("127.0.0.1", 0, null, data.dataDir(),
            Limits.defaults(), 4), TestPlugins.all())) {
            Api api = new Api(server.baseUrl());
            JsonObject pos = api.get("/v1/curriculum").json();
            assertEquals(0, pos.get("index").getAsInt());
            assertEquals("S1-syntax", pos.getAsJsonObject("stage").get("name").getAsString());
            assertEquals(4, pos.getAsJsonArray("stages").size());
            JsonObject tasks = api.get("/v1/curriculum/tasks").json();
            assertEquals(75, tasks.getAsJsonArray("taskIds").size());
            // The training half only (100 of each split's 200), as in-process training draws them.
            assertEquals(400, api.get("/v1/curriculum/tasks?stage=S3-all-hints").json()
                .getAsJsonArray("taskIds").size());
            String heldOut = api.get("/v1/tasks/split").json().getAsJsonArray("test").get(0).getAsString();
            assertFalse(api.get("/v1/curriculum/tasks?stage=S3-all-hints").json().getAsJsonArray("taskIds")
                .toString().contains("\"" + heldOut + "\""));
            assertEquals(404, api.get("/v1/curriculum/tasks?stage=nope").status());

            String first = tasks.getAsJsonArray("taskIds").get(0).getAsString();
            JsonObject opened = api.post("/v1/episodes", "{\"taskId\": \"" + first + "\", \"stage\": "
                + "\"current\"}").json();
            assertEquals("S1-syntax", opened.get("stage").getAsString());
            assertEquals("A", opened.get("promptVariant").getAsString());

            JsonObject m = api.post("/v1/curriculum/metrics", "{\"step\": 1, \"rewardMean\": 0.5, \"gradNorm\": "
                + "1.0}").json();
            assertFalse(m.get("promoted").getAsBoolean());
            assertEquals(400, api.post("/v1/curriculum/metrics", "{\"step\": 2}").status());
            JsonObject p = api.post("/v1/curriculum/promote", "{}").json();
            assertTrue(p.get("promoted").getAsBoolean());
            assertEquals("S2-base-hints", p.getAsJsonObject("stage").get("name").getAsString());
            assertEquals(1, api.get("/v1/curriculum").json().get("index").getAsInt());
        }
    }

    @Test
    public void withoutACurriculumTheRoutesAre503() {
        StaticPlugins none = new StaticPlugins(TestPlugins.environments(), TestPlugins.rewards(),
            AugmenterChain.EMPTY, List.of(), null);
        try (EnvtuneServer server = EnvtuneServer.start(ServerSettings.loopback(0), none)) {
            Api api = new Api(server.baseUrl());
            assertEquals(503, api.get("/v1/curriculum").status());
            assertEquals("unavailable", api.get("/v1/curriculum").json().get("error").getAsString());
            assertEquals(503, api.post("/v1/curriculum/promote", "{}").status());
        }
    }
}
