package io.envtune.server.internal.openenv;

import com.google.gson.JsonObject;
import io.envtune.server.internal.OracleScript;
import java.net.http.HttpClient;

/** Plays one episode over {@code /ws} with an {@link OracleScript}: reset, steps to the end, state, close. */
final class WsOracle {

    private WsOracle() {
    }

    /**
     * @param http the HTTP client
     * @param baseUrl the server
     * @param script the task's oracle messages
     * @return {@code state} (the state's data at the end) and {@code doneReward} (the last step's reward)
     */
    static JsonObject play(HttpClient http, String baseUrl, OracleScript script) {
        try (WsClient ws = WsClient.connect(http, baseUrl)) {
            JsonObject reset = ws.ask("{\"type\":\"reset\",\"data\":{\"task_id\":\"" + script.taskId() + "\"}}");
            expect("observation", reset);
            boolean done = reset.getAsJsonObject("data").get("done").getAsBoolean();
            int turn = 0;
            boolean after = false;
            double reward = 0;
            while (!done) {
                JsonObject step = new JsonObject();
                step.addProperty("type", "step");
                JsonObject data = new JsonObject();
                data.addProperty("message", script.next(turn, after));
                step.add("data", data);
                JsonObject r = ws.ask(step.toString());
                expect("observation", r);
                JsonObject d = r.getAsJsonObject("data");
                boolean ended = d.getAsJsonObject("observation").get("turn_ended").getAsBoolean();
                turn += ended ? 1 : 0;
                after = !ended;
                done = d.get("done").getAsBoolean();
                reward = d.get("reward").getAsDouble();
            }
            JsonObject state = ws.ask("{\"type\":\"state\"}");
            expect("state", state);
            ws.send("{\"type\":\"close\"}");
            if (ws.awaitClose(10) == null) {
                throw new AssertionError("the server did not close after the close message");
            }
            JsonObject out = new JsonObject();
            out.add("state", state.get("data"));
            out.addProperty("doneReward", reward);
            return out;
        }
    }

    static void expect(String type, JsonObject message) {
        if (!type.equals(message.get("type").getAsString())) {
            throw new AssertionError("expected a " + type + " message, got " + message);
        }
    }
}
