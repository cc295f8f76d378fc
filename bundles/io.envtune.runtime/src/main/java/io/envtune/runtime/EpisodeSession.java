package io.envtune.runtime;

import io.envtune.api.ChatMessage;
import io.envtune.api.EpisodeRecord;
import io.envtune.api.Role;
import io.envtune.api.Step;
import io.envtune.api.StepOutcome;
import io.envtune.api.Task;
import io.envtune.api.ToolEnvironment;
import io.envtune.api.ToolSpec;
import io.envtune.api.TurnScore;
import io.envtune.api.UserTurn;
import io.envtune.bfcl.EpisodeEnvironments;
import io.envtune.runtime.internal.EnvironmentGuard;
import io.envtune.runtime.internal.Observations;
import io.envtune.runtime.internal.StepExecution;
import io.envtune.runtime.internal.ToolOffer;
import io.envtune.runtime.internal.TurnScorer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One episode of the Environment-Tuning protocol as a state machine: it holds the conversation, the live
 * environments, the ground-truth environments and the record, and answers each model message with the next
 * observation. Used by the in-process rollout executor and by the HTTP service alike. Confined to one thread at a
 * time; {@link #close()} releases every instance.
 *
 * <p>Environment code (opening, tool calls, scoring, closing) runs on a {@link ToolCallRunner} under
 * {@link EpisodeLimits#toolCallMillis()}. A call over that limit, or environment code that fails outside a tool
 * call, ends the episode at once: the step is recorded with the error as its result, the current and later turns
 * get no score, and {@link EpisodeRecord#endReason()} names the limit or the fault.
 */
public final class EpisodeSession implements AutoCloseable {

    private final String episodeId;
    private final Task task;
    private final EpisodeConfig config;
    private final EpisodeEnvironments model;
    private final EpisodeEnvironments truth;
    private final ToolOffer offer;
    private final StepExecution execution;
    private final EnvironmentGuard guard;
    private final ToolCallRunner ownRunner;
    private final Map<String, String> versions = new LinkedHashMap<>();
    private final List<ChatMessage> messages = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();
    private final List<TurnScore> turnScores = new ArrayList<>();
    private final List<String> modelResults = new ArrayList<>();
    private int turn;
    private int stepInTurn;
    private int callsInTurn;
    private String pendingPrefix = "";
    private boolean done;
    private String endReason;

    /**
     * Opens the episode: creates the instances and the first two messages (system prompt, first question).
     *
     * @param episodeId a unique id
     * @param task the task to play
     * @param config how to play it
     * @param lookup the environment of each class id; null for none
     * @param augmenters the hint chain (used in augmented mode)
     * @throws IllegalArgumentException when a class has no environment, a scenario is rejected, or the task has more
     *         turns than {@link EpisodeLimits#maxTurnsPerEpisode()}
     */
    public EpisodeSession(String episodeId, Task task, EpisodeConfig config, Function<String, ToolEnvironment> lookup,
                          AugmenterChain augmenters) {
        this(new Setup(episodeId, task, config, lookup), augmenters, null);
    }

    /**
     * Opens the episode with its environment code on a shared runner (the rollout executor's).
     *
     * @param setup the episode id, task, configuration and environment lookup
     * @param augmenters the hint chain (used in augmented mode)
     * @param runner where environment code runs; null for one of the session's own, closed with it
     * @throws IllegalArgumentException when a class has no environment, a scenario is rejected, the opening ran over
     *         the tool-call time limit, or the task has more turns than {@link EpisodeLimits#maxTurnsPerEpisode()}
     */
    public EpisodeSession(Setup setup, AugmenterChain augmenters, ToolCallRunner runner) {
        this(setup.episodeId(), setup.task(), setup.config(), setup.lookup(), augmenters, runner);
    }

    private EpisodeSession(String episodeId, Task task, EpisodeConfig config, Function<String, ToolEnvironment> lookup,
                           AugmenterChain augmenters, ToolCallRunner runner) {
        this.episodeId = episodeId;
        this.task = task;
        this.config = config;
        int maxTurns = config.limits().maxTurnsPerEpisode();
        if (task.turns().size() > maxTurns) {
            throw new IllegalArgumentException("task " + task.id() + " has " + task.turns().size() + " turns, more "
                + "than the limit of " + maxTurns + " (limit: turns per episode)");
        }
        // A session of its own runs one call at a time; one more thread covers a call abandoned at its limit.
        this.ownRunner = runner == null ? new ToolCallRunner(2) : null;
        this.guard = new EnvironmentGuard(runner == null ? ownRunner : runner, episodeId,
            config.limits().toolCallMillis());
        this.model = openModel(task, lookup, config);
        this.truth = openTruth(task, lookup, config);
        task.involvedClasses().forEach(c -> versions.put(c, lookup.apply(c).version()));
        this.offer = new ToolOffer(task, lookup);
        this.execution = new StepExecution(guard.gate(model), config.feedbackMode(), augmenters, config.limits());
        messages.add(new ChatMessage(Role.SYSTEM, SystemPrompts.render(config.promptVariant(),
            ToolDocs.render(offer.offered()))));
        if (task.turns().isEmpty()) {
            done = true;
        } else {
            messages.add(new ChatMessage(Role.USER, openTurn()));
        }
    }

    /**
     * What opens an episode.
     *
     * @param episodeId a unique id
     * @param task the task to play
     * @param config how to play it
     * @param lookup the environment of each class id; null for none
     */
    public record Setup(String episodeId, Task task, EpisodeConfig config, Function<String, ToolEnvironment> lookup) {
    }

    private EpisodeEnvironments openModel(Task task, Function<String, ToolEnvironment> lookup, EpisodeConfig config) {
        try {
            return guard.open(() -> EpisodeEnvironments.open(task, lookup, config.dataDir()));
        } catch (RuntimeException e) {
            closeRunner();
            throw e;
        }
    }

    /** The ground-truth instances; the model's are closed when they cannot be opened, so nothing leaks. */
    private EpisodeEnvironments openTruth(Task task, Function<String, ToolEnvironment> lookup, EpisodeConfig config) {
        try {
            return guard.open(() -> EpisodeEnvironments.open(task, lookup, config.dataDir()));
        } catch (RuntimeException e) {
            guard.close(model);
            closeRunner();
            throw e;
        }
    }

    private String kept(String modelText) {
        int max = config.limits().maxResponseChars();
        if (modelText == null) {
            return "";
        }
        return modelText.length() <= max ? modelText : "[response of " + modelText.length()
            + " characters dropped: over the limit of " + max + "]";
    }

    /**
     * Answers one model message.
     *
     * @param modelText the raw model response
     * @return the outcome, the next message, the turn score when a turn ended, and whether the episode is over
     * @throws IllegalStateException when the episode is already over
     */
    public StepReply step(String modelText) {
        if (done) {
            throw new IllegalStateException("episode " + episodeId + " is over");
        }
        // The parser sees the real text (its refusal names the length limit); the transcript and the record keep only
        // a note for a text over the limit, so one client cannot fill memory with texts that are refused anyway.
        String kept = kept(modelText);
        messages.add(new ChatMessage(Role.ASSISTANT, kept));
        stepInTurn++;
        StepExecution.Result r = execution.run(modelText, currentTurn().groundTruth().isEmpty(),
            config.emptyTurnCalls(), offer.offered());
        callsInTurn += r.calls().size();
        modelResults.addAll(r.results());
        if (r.endReason() != null) {
            return end(kept, r, r.endReason());
        }
        if (r.endsTurn()) {
            pendingPrefix = r.nextTurnPrefix();
            return endTurn(kept, r, r.outcome());
        }
        if (stepInTurn >= config.maxStepsPerTurn()) {
            return endTurn(kept, r, StepOutcome.STEP_CAP);
        }
        steps.add(new Step(turn, stepInTurn - 1, kept, r.outcome(), r.calls(), r.results(), r.feedback(), r.raised()));
        messages.add(new ChatMessage(Role.USER, r.feedback()));
        return new StepReply(r.outcome(), r.feedback(), null, false);
    }

    private StepReply endTurn(String modelText, StepExecution.Result r, StepOutcome replyOutcome) {
        List<String> groundTruth = currentTurn().groundTruth();
        int calls = callsInTurn;
        TurnScore score;
        try {
            score = guard.run("scoring turn " + turn, groundTruth.size(),
                () -> TurnScorer.score(turn, groundTruth, calls, modelResults, model, truth));
        } catch (ToolCallRunner.Fault f) {
            return end(modelText, r, f.reason());
        }
        turnScores.add(score);
        turn++;
        stepInTurn = 0;
        callsInTurn = 0;
        String next = "";
        if (turn >= task.turns().size()) {
            done = true;
        } else {
            next = openTurn();
            messages.add(new ChatMessage(Role.USER, next));
        }
        steps.add(new Step(score.turn(), stepIndexOfLast(score.turn()), modelText, r.outcome(), r.calls(),
            r.results(), next, r.raised()));
        return new StepReply(replyOutcome, next, score, done);
    }

    /**
     * Ends the episode without another step because no response could be had for it (e.g. the policy failed on
     * this conversation alone): the turn it was in gets no score, and the reason is kept as the end reason.
     *
     * @param reason why, e.g. {@code policy_error: …}
     * @throws IllegalStateException when the episode is already over
     */
    public void abort(String reason) {
        if (done) {
            throw new IllegalStateException("episode " + episodeId + " is over");
        }
        endReason = reason;
        done = true;
    }

    /**
     * Ends the episode because its trajectory token budget is used up (a model outcome, not a fault: no end reason is
     * set). The response that used up the budget, when given, is recorded with {@link StepOutcome#TOKEN_BUDGET} and
     * not played; the turn in progress and the later ones get no score, so they count as failed.
     *
     * @param modelText the response that crossed the budget, or null when the budget ran out between responses
     * @throws IllegalStateException when the episode is already over
     * @since 1.4
     */
    public void exhaust(String modelText) {
        if (done) {
            throw new IllegalStateException("episode " + episodeId + " is over");
        }
        if (modelText != null) {
            String kept = kept(modelText);
            messages.add(new ChatMessage(Role.ASSISTANT, kept));
            steps.add(new Step(turn, stepInTurn, kept, StepOutcome.TOKEN_BUDGET, List.of(), List.of(), ""));
        }
        done = true;
    }

    /** Ends the episode early: the step is recorded, the turn it was in gets no score, the reason is kept. */
    private StepReply end(String modelText, StepExecution.Result r, String reason) {
        steps.add(new Step(turn, stepInTurn - 1, modelText, r.outcome(), r.calls(), r.results(), "", r.raised()));
        endReason = reason;
        done = true;
        return new StepReply(r.outcome(), "", null, true, reason);
    }

    private int stepIndexOfLast(int scoredTurn) {
        return (int) steps.stream().filter(s -> s.turn() == scoredTurn).count();
    }

    private String openTurn() {
        UserTurn t = currentTurn();
        String question = Observations.question(t, offer.addTools(t.addedTools()));
        String prefix = pendingPrefix;
        pendingPrefix = "";
        return prefix + question;
    }

    private UserTurn currentTurn() {
        return task.turns().get(turn);
    }

    /** @return the conversation so far, system prompt first (a copy) */
    public List<ChatMessage> messages() {
        return List.copyOf(messages);
    }

    /** @return the tools offered now */
    public List<ToolSpec> tools() {
        return offer.offered();
    }

    /** @return whether every turn has ended */
    public boolean done() {
        return done;
    }

    /** @return the episode id */
    public String episodeId() {
        return episodeId;
    }

    /** @return the task */
    public Task task() {
        return task;
    }

    /** @return the record of everything so far */
    public EpisodeRecord record() {
        return new EpisodeRecord(episodeId, task.id(), config.stage(), config.feedbackMode(), versions,
            Collections.unmodifiableList(new ArrayList<>(steps)), turnScores, task.turns().size(), endReason,
            execution.augmenterFailures());
    }

    /** @return why the episode ended early (naming the limit or the fault), or null */
    public String endReason() {
        return endReason;
    }

    /** Releases every environment instance; one that fails or hangs in its close is logged and left behind. */
    @Override
    public void close() {
        guard.close(model);
        guard.close(truth);
        closeRunner();
    }

    private void closeRunner() {
        if (ownRunner != null) {
            ownRunner.close();
        }
    }
}
