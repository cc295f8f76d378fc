package io.envtune.policy.djl.internal;

import io.envtune.api.Completion;
import io.envtune.api.Conversation;
import io.envtune.api.EpisodeRecord;
import io.envtune.api.FeedbackMode;
import io.envtune.api.PromptVariant;
import io.envtune.api.SamplingParams;
import io.envtune.api.Task;
import io.envtune.api.ToolEnvironment;
import io.envtune.api.TurnScore;
import io.envtune.runtime.AugmenterChain;
import io.envtune.runtime.EmptyTurnCalls;
import io.envtune.runtime.EpisodeConfig;
import io.envtune.runtime.EpisodeSession;
import io.envtune.runtime.policy.OraclePolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Oracle episodes for the warm start, rendered by the episode protocol itself ({@link EpisodeSession}): the same
 * system prompt, tool documentation, questions, tool results and hints an RL rollout shows the policy, so the model
 * learns exactly what RL will ask of it. Tasks are played in-process with the runtime's {@link OraclePolicy};
 * records written by {@code envtune:eval --policy oracle} are replayed on their tasks, and every recorded response
 * must be the oracle's.
 */
public final class SftData {

    private static final SamplingParams ONE = new SamplingParams(1, 0, 1, 0, 1, List.of(), 0);

    private SftData() {
    }

    /**
     * How episodes are rendered.
     *
     * @param variants the system prompts, one per episode in turn (A for curriculum stages 1-2, B for 3-4 and
     *                 evaluation); never empty
     * @param feedbackMode standard BFCL strings or augmented hints (for tasks; records keep their own)
     * @param maxStepsPerTurn the per-turn step cap the episodes run under
     * @param lookup the environment of each class id
     * @param augmenters the hint chain (augmented mode)
     */
    public record Plan(List<PromptVariant> variants, FeedbackMode feedbackMode, int maxStepsPerTurn,
                       Function<String, ToolEnvironment> lookup, AugmenterChain augmenters) {

        /** Checks the variants and copies them. */
        public Plan {
            variants = List.copyOf(variants);
            if (variants.isEmpty()) {
                throw new IllegalArgumentException("at least one prompt variant is needed");
            }
        }

        EpisodeConfig config(int index, FeedbackMode mode) {
            return new EpisodeConfig("sft", mode, variants.get(index % variants.size()), maxStepsPerTurn,
                    EmptyTurnCalls.EXECUTE, null);
        }
    }

    /**
     * The rendered episodes and the tasks left out.
     *
     * @param episodes the oracle episodes, in input order
     * @param skipped ids of tasks whose oracle episode did not pass every turn (their ground truth does not replay
     *                cleanly), left out
     */
    public record Result(List<SftEpisode> episodes, List<String> skipped) {
    }

    /**
     * Plays the oracle on every task.
     *
     * @param tasks the tasks
     * @param plan how to render
     * @return the episodes
     * @throws IllegalArgumentException when a task names an environment that is not registered
     */
    public static Result fromTasks(List<Task> tasks, Plan plan) {
        List<SftEpisode> out = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            Task task = tasks.get(i);
            OraclePolicy oracle = oracle(task, plan);
            Played p = play(task, plan.config(i, plan.feedbackMode()), plan, c -> respond(oracle, c));
            if (p.passed()) {
                out.add(p.episode());
            } else {
                skipped.add(task.id());
            }
        }
        return new Result(out, skipped);
    }

    /**
     * Replays oracle records on their tasks, each with its recorded feedback mode.
     *
     * @param records the records
     * @param tasks the task of each id, or null when unknown
     * @param plan how to render
     * @return the episodes
     * @throws IllegalArgumentException for an unknown task, a response that is not the oracle's, or a record whose
     *         replay does not pass every turn (all naming the record)
     */
    public static Result fromRecords(List<EpisodeRecord> records, Function<String, Task> tasks, Plan plan) {
        List<SftEpisode> out = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            EpisodeRecord r = records.get(i);
            Task task = tasks.apply(r.taskId());
            String where = "record " + r.episodeId() + " (task " + r.taskId() + ")";
            if (task == null) {
                throw new IllegalArgumentException(where + ": unknown task; give --tasks FILE with the tasks the "
                        + "records were played on");
            }
            OraclePolicy oracle = oracle(task, plan);
            int[] next = {0};
            Played p = play(task, plan.config(i, r.feedbackMode()), plan, c -> {
                String expected = respond(oracle, c);
                int k = next[0]++;
                if (k >= r.steps().size() || !r.steps().get(k).modelText().equals(expected)) {
                    throw new IllegalArgumentException(where + " step " + k + ": not the oracle's response; "
                            + "envtune:sft learns from oracle episodes only (envtune:eval --policy oracle --out DIR)");
                }
                return expected;
            });
            if (!p.passed() || next[0] != r.steps().size()) {
                throw new IllegalArgumentException(where + ": its replay does not pass every turn with the recorded "
                        + "steps; not an oracle episode");
            }
            out.add(p.episode());
        }
        return new Result(out, List.of());
    }

    private static OraclePolicy oracle(Task task, Plan plan) {
        for (String c : task.involvedClasses()) {
            if (plan.lookup().apply(c) == null) {
                throw new IllegalArgumentException("task " + task.id() + " needs environment '" + c
                        + "', which is not registered");
            }
        }
        return new OraclePolicy(task, plan.lookup());
    }

    private static String respond(OraclePolicy oracle, Conversation c) {
        List<Completion> out = oracle.complete(List.of(c), ONE).get(0);
        return out.get(0).text();
    }

    private record Played(SftEpisode episode, boolean passed) {
    }

    private static Played play(Task task, EpisodeConfig config, Plan plan, Function<Conversation, String> responder) {
        List<SftEpisode.Step> steps = new ArrayList<>();
        String id = task.id() + "/" + config.promptVariant();
        try (EpisodeSession session = new EpisodeSession(id, task, config, plan.lookup(), plan.augmenters())) {
            while (!session.done()) {
                Conversation context = new Conversation(session.messages(), session.tools());
                String response = responder.apply(context);
                steps.add(new SftEpisode.Step(context, response));
                session.step(response);
            }
            EpisodeRecord record = session.record();
            boolean passed = record.endReason() == null && record.turnScores().size() == record.turnCount()
                    && record.turnScores().stream().allMatch(TurnScore::passed);
            String domain = task.involvedClasses().isEmpty() ? "" : task.involvedClasses().get(0);
            return new Played(new SftEpisode(id, domain, steps), passed);
        }
    }
}
