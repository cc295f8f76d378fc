package io.envtune.server.internal.openenv;

import io.envtune.api.EpisodeRecord;
import io.envtune.api.Reward;
import io.envtune.api.RewardWeight;
import io.envtune.api.Stage;
import io.envtune.api.Step;
import io.envtune.api.TurnScore;
import io.envtune.runtime.StepReply;
import io.envtune.server.internal.core.EpisodeRequest;
import io.envtune.server.internal.core.EpisodeView;
import io.envtune.server.internal.core.ServiceCore;
import io.envtune.server.internal.core.ServiceError;
import io.envtune.server.internal.core.Stepped;
import io.envtune.server.internal.http.OpenAiTools;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * envtune's contract inside OpenEnv's messages, over the one {@link ServiceCore}: a reset opens an episode, a step
 * plays one assistant message, the state reads the per-turn ledger and the rewards. Every episode, limit and counter
 * is the core's; this class only shapes what goes in and out. Thread-safe (the core confines each episode).
 *
 * <p>The reward rule: a step that ends a user turn is rewarded with that turn's score (1.0 passed, 0.0 failed),
 * any other step with 0.0, and the step that ends the episode with the episode's reward for its stage (the stage's
 * weighted rewards; {@code success} for an episode played without a stage).
 */
final class OpenEnvEpisodes {

    /** The rewards every state shows. */
    static final List<String> STATE_REWARDS = List.of("progress", "success", "format");

    private static final String NO_STAGE_REWARD = "success";

    private final ServiceCore core;

    OpenEnvEpisodes(ServiceCore core) {
        this.core = core;
    }

    /**
     * Opens an episode.
     *
     * @param r the reset data
     * @return the opened episode's id and the reset result
     * @throws ServiceError when the core refuses (unknown task or stage, open limit, …)
     */
    Opened reset(ResetRequest r) {
        EpisodeView v = core.open(new EpisodeRequest(r.taskId(), null, r.stage(), r.mode(), null, null, null));
        Views.ResetObservation o = new Views.ResetObservation(Views.Message.all(v.messages()), v.taskId(), v.turns(),
            OpenAiTools.render(v.tools()), v.episodeId(), v.config().stage(),
            v.config().feedbackMode().name().toLowerCase(Locale.ROOT));
        return new Opened(v.episodeId(), new Views.Result(o, null, v.done()));
    }

    /**
     * An opened episode.
     *
     * @param episodeId the server's id
     * @param result what the client receives
     */
    record Opened(String episodeId, Views.Result result) {
    }

    /**
     * Plays one assistant message.
     *
     * @param episodeId the episode
     * @param action the message
     * @return the step result
     * @throws ServiceError when the episode is unknown, over, busy or at its step limit
     */
    Views.Result step(String episodeId, StepAction action) {
        Stepped s = core.step(episodeId, action.message());
        StepReply reply = s.reply();
        TurnScore score = reply.turnScore();
        List<Views.Message> added = reply.message() == null || reply.message().isEmpty() ? List.of()
            : List.of(new Views.Message("user", reply.message()));
        Double turnScore = score == null ? null : score.passed() ? 1.0 : 0.0;
        Views.StepObservation o = new Views.StepObservation(added, score != null, turnScore, s.turn(),
            reply.outcome() == null ? null : reply.outcome().name(), reply.endReason());
        double reward = reply.done() ? episodeReward(episodeId) : turnScore == null ? 0.0 : turnScore;
        return new Views.Result(o, reward, reply.done());
    }

    /**
     * @param episodeId the episode
     * @param r the reset it was opened with (the client's label and seed)
     * @return its state: counters, the per-turn ledger and the rewards so far
     */
    Views.State state(String episodeId, ResetRequest r) {
        EpisodeView v = core.view(episodeId);
        EpisodeRecord record = core.record(episodeId);
        Map<String, Double> rewards = new LinkedHashMap<>();
        core.rewards(episodeId, STATE_REWARDS).forEach((name, reward) -> rewards.put(name, reward.value()));
        int turn = record.turnScores().size();
        return new Views.State(episodeId, v.steps(), Math.min(turn, v.turns()), v.turns(), v.done(), v.taskId(),
            v.config().stage(), r.episodeId(), r.seed(), ledger(record), rewards, episodeReward(episodeId));
    }

    private static List<Views.LedgerEntry> ledger(EpisodeRecord record) {
        List<Views.LedgerEntry> out = new ArrayList<>();
        for (TurnScore t : record.turnScores()) {
            int steps = 0;
            for (Step s : record.steps()) {
                steps += s.turn() == t.turn() ? 1 : 0;
            }
            out.add(new Views.LedgerEntry(t.turn(), t.passed() ? 1.0 : 0.0, t.passed(),
                t.reason() == null ? "" : t.reason(), steps));
        }
        return out;
    }

    /**
     * @param episodeId an episode
     * @return its reward for its stage: the stage's weighted rewards, or {@code success} without a stage
     */
    double episodeReward(String episodeId) {
        String stageName = core.view(episodeId).config().stage();
        Optional<Stage> stage = core.plugins().curriculum().flatMap(c -> c.stages().stream()
            .filter(s -> s.name().equals(stageName)).findFirst());
        if (stage.isEmpty()) {
            return core.rewards(episodeId, List.of(NO_STAGE_REWARD)).get(NO_STAGE_REWARD).value();
        }
        List<String> names = stage.get().rewards().stream().map(RewardWeight::name).toList();
        Map<String, Reward> scored = core.rewards(episodeId, names);
        double value = 0;
        for (RewardWeight w : stage.get().rewards()) {
            value += w.weight() * scored.get(w.name()).value();
        }
        return value;
    }

    /**
     * Closes an episode; one already closed or expired is no error.
     *
     * @param episodeId the episode
     */
    void close(String episodeId) {
        try {
            core.close(episodeId);
        } catch (ServiceError e) {
            if (e.kind() != ServiceError.Kind.NOT_FOUND) {
                throw e;
            }
        }
    }
}
