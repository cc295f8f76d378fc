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
 */
public final class EpisodeSession implements AutoCloseable {

    private final String episodeId;
    private final Task task;
    private final EpisodeConfig config;
    private final EpisodeEnvironments model;
    private final EpisodeEnvironments truth;
    private final ToolOffer offer;
    private final StepExecution execution;
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
        this.episodeId = episodeId;
        this.task = task;
        this.config = config;
        int maxTurns = config.limits().maxTurnsPerEpisode();
        if (task.turns().size() > maxTurns) {
            throw new IllegalArgumentException("task " + task.id() + " has " + task.turns().size() + " turns, more "
                + "than the limit of " + maxTurns + " (limit: turns per episode)");
        }
        this.model = EpisodeEnvironments.open(task, lookup, config.dataDir());
        this.truth = openTruth(task, lookup, config, model);
        task.involvedClasses().forEach(c -> versions.put(c, lookup.apply(c).version()));
        this.offer = new ToolOffer(task, lookup);
        this.execution = new StepExecution(model, config.feedbackMode(), augmenters, config.limits());
        messages.add(new ChatMessage(Role.SYSTEM, SystemPrompts.render(config.promptVariant(),
            ToolDocs.render(offer.offered()))));
        if (task.turns().isEmpty()) {
            done = true;
        } else {
            messages.add(new ChatMessage(Role.USER, openTurn()));
        }
    }

    /** The ground-truth instances; the model's are closed when they cannot be opened, so nothing leaks. */
    private static EpisodeEnvironments openTruth(Task task, Function<String, ToolEnvironment> lookup,
                                                 EpisodeConfig config, EpisodeEnvironments model) {
        try {
            return EpisodeEnvironments.open(task, lookup, config.dataDir());
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
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
        messages.add(new ChatMessage(Role.ASSISTANT, modelText == null ? "" : modelText));
        stepInTurn++;
        StepExecution.Result r = execution.run(modelText, currentTurn().groundTruth().isEmpty(),
            config.emptyTurnCalls(), offer.offered());
        callsInTurn += r.calls().size();
        modelResults.addAll(r.results());
        if (r.endsTurn()) {
            pendingPrefix = r.nextTurnPrefix();
            return endTurn(modelText, r, r.outcome());
        }
        if (stepInTurn >= config.maxStepsPerTurn()) {
            return endTurn(modelText, r, StepOutcome.STEP_CAP);
        }
        steps.add(new Step(turn, stepInTurn - 1, modelText, r.outcome(), r.calls(), r.results(), r.feedback()));
        messages.add(new ChatMessage(Role.USER, r.feedback()));
        return new StepReply(r.outcome(), r.feedback(), null, false);
    }

    private StepReply endTurn(String modelText, StepExecution.Result r, StepOutcome replyOutcome) {
        TurnScore score = TurnScorer.score(turn, currentTurn().groundTruth(), callsInTurn, modelResults, model, truth);
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
            r.results(), next));
        return new StepReply(replyOutcome, next, score, done);
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
            Collections.unmodifiableList(new ArrayList<>(steps)), turnScores, task.turns().size());
    }

    /** Releases every environment instance. */
    @Override
    public void close() {
        model.close();
        truth.close();
    }
}
