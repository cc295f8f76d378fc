package io.envtune.server.internal.http;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.envtune.api.ChatMessage;
import io.envtune.api.Reward;
import io.envtune.api.RewardComponent;
import io.envtune.api.Role;
import io.envtune.api.StepOutcome;
import io.envtune.api.ToolSpec;
import io.envtune.api.TurnScore;
import io.envtune.runtime.RecordJson;
import io.envtune.server.internal.core.EpisodeRequest;
import io.envtune.server.internal.core.EpisodeView;
import io.envtune.server.internal.core.ServiceCore;
import io.envtune.server.internal.core.Stepped;
import io.envtune.toolkit.TaskLines;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.Map;

/** The episode routes: open, look at, step, score, record and close. */
final class EpisodeRoutes {

    private final ServiceCore core;

    EpisodeRoutes(ServiceCore core) {
        this.core = core;
    }

    List<Route> routes() {
        return List.of(
            new Route("POST", "/v1/episodes", this::open, Route.Kind.WRITE),
            new Route("GET", "/v1/episodes/{id}", c -> Route.Reply.ok(episode(core.view(c.param("id")))),
                Route.Kind.READ),
            new Route("DELETE", "/v1/episodes/{id}", this::close, Route.Kind.READ),
            new Route("POST", "/v1/episodes/{id}/step", this::step, Route.Kind.STEP),
            new Route("GET", "/v1/episodes/{id}/rewards", this::rewards, Route.Kind.READ),
            new Route("GET", "/v1/episodes/{id}/rewards/{name}", this::reward, Route.Kind.READ),
            new Route("GET", "/v1/episodes/{id}/record", c -> Route.Reply.ok(
                Json.object(RecordJson.toLine(core.record(c.param("id"))))), Route.Kind.READ));
    }

    /**
     * An episode as the API shows it.
     *
     * @param episodeId the id
     * @param taskId the task
     * @param stage the stage name ({@code eval} without a stage)
     * @param feedbackMode STANDARD or AUGMENTED
     * @param promptVariant A or B
     * @param maxStepsPerTurn the per-turn step cap
     * @param emptyTurnCalls EXECUTE or SKIP_WITH_WARNING
     * @param turns the task's user turns
     * @param steps steps taken
     * @param done whether the episode is over
     * @param systemPrompt the system prompt
     * @param firstUserMessage the first question ("" for a task without turns)
     * @param messages the conversation so far
     * @param tools the tools offered now, envtune's form
     * @param openaiTools the same tools in the OpenAI tools format
     */
    record Episode(String episodeId, String taskId, String stage, String feedbackMode, String promptVariant,
                   int maxStepsPerTurn, String emptyTurnCalls, int turns, int steps, boolean done,
                   String systemPrompt, String firstUserMessage, List<Bodies.Message> messages, List<ToolSpec> tools,
                   JsonArray openaiTools) {
    }

    /**
     * A step's reply.
     *
     * @param episodeId the episode
     * @param outcome what the step did
     * @param message the next message for the model ("" when done)
     * @param turnScore the ended turn's score, or null
     * @param done whether the episode is over
     * @param turn the turn the episode is in now
     * @param steps steps taken
     */
    record StepResult(String episodeId, StepOutcome outcome, String message, TurnScore turnScore, boolean done,
                      int turn, int steps) {
    }

    /**
     * One named reward.
     *
     * @param episodeId the episode
     * @param name the reward name
     * @param value the value
     * @param components its parts
     */
    record NamedReward(String episodeId, String name, double value, List<RewardComponent> components) {
    }

    /**
     * Several rewards.
     *
     * @param episodeId the episode
     * @param rewards name to reward
     */
    record Rewards(String episodeId, Map<String, Reward> rewards) {
    }

    /**
     * A close confirmation.
     *
     * @param episodeId the episode
     * @param closed always true
     */
    record Closed(String episodeId, boolean closed) {
    }

    private Route.Reply open(Route.Call call) {
        JsonObject json = Json.object(call.body());
        JsonElement inline = json.remove("task");
        Bodies.Start start = Json.decode(json, Bodies.Start.class, Set.of("task"));
        EpisodeRequest request = new EpisodeRequest(start.taskId(),
            inline == null || inline.isJsonNull() ? null : inlineTask(inline), start.stage(),
            Enums.parse(io.envtune.api.FeedbackMode.class, start.feedbackMode(), "feedbackMode"),
            Enums.parse(io.envtune.api.PromptVariant.class, start.promptVariant(), "promptVariant"),
            start.maxStepsPerTurn(),
            Enums.parse(io.envtune.runtime.EmptyTurnCalls.class, start.emptyTurnCalls(), "emptyTurnCalls"));
        return new Route.Reply(201, episode(core.open(request)));
    }

    private static io.envtune.api.Task inlineTask(JsonElement e) {
        if (!e.isJsonObject()) {
            throw Json.bad("task must be a BFCL-format task object");
        }
        return TaskLines.decodeInline(e.getAsJsonObject(), Json::bad);
    }

    private Route.Reply step(Route.Call call) {
        Bodies.Step body = Json.decode(Json.object(call.body()), Bodies.Step.class);
        if (body.message() == null) {
            throw Json.bad("message is required: the assistant's raw text");
        }
        Stepped s = core.step(call.param("id"), body.message());
        return Route.Reply.ok(new StepResult(s.episodeId(), s.reply().outcome(), s.reply().message(),
            s.reply().turnScore(), s.reply().done(), s.turn(), s.steps()));
    }

    private Route.Reply rewards(Route.Call call) {
        String names = call.query().getOrDefault("names", "");
        List<String> wanted = names.isBlank() ? List.of()
            : Arrays.stream(names.split(",")).map(String::trim).filter(n -> !n.isEmpty()).toList();
        return Route.Reply.ok(new Rewards(call.param("id"), core.rewards(call.param("id"), wanted)));
    }

    private Route.Reply reward(Route.Call call) {
        String name = call.param("name");
        Reward r = core.rewards(call.param("id"), List.of(name)).get(name);
        return Route.Reply.ok(new NamedReward(call.param("id"), name, r.value(), r.components()));
    }

    private Route.Reply close(Route.Call call) {
        core.close(call.param("id"));
        return Route.Reply.ok(new Closed(call.param("id"), true));
    }

    static Episode episode(EpisodeView v) {
        List<ChatMessage> m = v.messages();
        String system = m.isEmpty() ? "" : m.get(0).content();
        String first = m.stream().filter(x -> x.role() == Role.USER).map(ChatMessage::content).findFirst().orElse("");
        return new Episode(v.episodeId(), v.taskId(), v.config().stage(), v.config().feedbackMode().name(),
            v.config().promptVariant().name(), v.config().maxStepsPerTurn(), v.config().emptyTurnCalls().name(),
            v.turns(), v.steps(), v.done(), system, first, Bodies.Message.all(m), v.tools(),
            OpenAiTools.render(v.tools()));
    }
}
