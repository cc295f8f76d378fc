package io.envtune.server.internal;

import com.google.gson.JsonObject;

/** Plays one episode over HTTP with an {@link OracleScript}, as a trainer's rollout worker would. */
public final class OracleClient {

    private final Api api;

    /** @param api the client */
    public OracleClient(Api api) {
        this.api = api;
    }

    /**
     * Opens, plays to the end, reads every reward and closes.
     *
     * @param script the task's oracle messages
     * @param startBody extra start fields (may be empty), taskId is added
     * @return the rewards body of {@code GET /v1/episodes/{id}/rewards} plus the record under "record"
     */
    public JsonObject play(OracleScript script, JsonObject startBody) {
        JsonObject start = startBody.deepCopy();
        start.addProperty("taskId", script.taskId());
        Api.Reply opened = api.post("/v1/episodes", start);
        expect(201, opened);
        String id = opened.json().get("episodeId").getAsString();
        int turn = 0;
        boolean after = false;
        boolean done = opened.json().get("done").getAsBoolean();
        while (!done) {
            JsonObject step = new JsonObject();
            step.addProperty("message", script.next(turn, after));
            Api.Reply r = api.post("/v1/episodes/" + id + "/step", step);
            expect(200, r);
            boolean turnEnded = !r.json().get("turnScore").isJsonNull();
            turn += turnEnded ? 1 : 0;
            after = !turnEnded;
            done = r.json().get("done").getAsBoolean();
        }
        Api.Reply rewards = api.get("/v1/episodes/" + id + "/rewards");
        expect(200, rewards);
        Api.Reply record = api.get("/v1/episodes/" + id + "/record");
        expect(200, record);
        expect(200, api.delete("/v1/episodes/" + id));
        JsonObject out = rewards.json().deepCopy();
        out.add("record", record.json());
        return out;
    }

    private static void expect(int status, Api.Reply r) {
        if (r.status() != status) {
            throw new AssertionError("expected " + status + ", got " + r.status() + ": " + r.body());
        }
    }
}
