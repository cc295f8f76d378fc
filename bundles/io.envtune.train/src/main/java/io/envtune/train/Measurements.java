package io.envtune.train;

import io.envtune.api.Policy;
import io.envtune.api.Stage;
import io.envtune.api.Task;
import io.envtune.platform.TaskPool;
import io.envtune.runtime.policy.ScriptedPolicy;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The before/after measurements of a run: the training tasks (one episode each), the validation tasks
 * ({@link TrainConfig#validationSamples()} episodes each), the same without the grammar when the policy decodes
 * under it, the always-answer baseline, and, when the pool has a held-out test part (BFCL, a tasks file), BFCL
 * accuracy on it in the paper's Table-1 layout. Records go to {@code records/eval-NAME.jsonl}.
 */
final class Measurements {

    private final Episodes episodes;
    private final TaskPool pool;
    private final TrainConfig config;
    private final RunFolder folder;

    Measurements(Episodes episodes, TaskPool pool, TrainConfig config, RunFolder folder) {
        this.episodes = episodes;
        this.pool = pool;
        this.config = config;
        this.folder = folder;
    }

    /** Measures the initial policy and the baseline; the state of a fresh run. */
    RunState initial(Policy policy, Stage last) throws IOException {
        Evaluation train = episodes.evaluate(policy, pool.allTrain(), last, folder, "before-train");
        Evaluation validation = validation(policy, last, "before-validation");
        Evaluation unconstrained = policy.constrained()
            ? validation(policy.unconstrained(), last, "before-validation-unconstrained") : null;
        Evaluation always = episodes.evaluate(new ScriptedPolicy(List.of()), pool.allValidation(), last, folder,
            "always-answer-validation");
        return new RunState(0, null, train, validation, Double.NaN, 0, unconstrained, always,
            test(policy, last, "before-test"));
    }

    /** Measures the final policy and sets it beside the initial one. */
    Final last(Policy policy, Stage last, RunState state) throws IOException {
        Evaluation train = episodes.evaluate(policy, pool.allTrain(), last, folder, "after-train");
        Evaluation validation = validation(policy, last, "after-validation");
        Evaluation unconstrained = policy.constrained()
            ? validation(policy.unconstrained(), last, "after-validation-unconstrained") : null;
        Evaluation always = state.alwaysAnswer();
        ValidationSummary summary = new ValidationSummary(pool.allValidation().size(), config.validationSamples(),
            Figures.of(state.validationBefore(), policy.constrained()), Figures.of(validation, policy.constrained()),
            Figures.of(state.unconstrainedBefore(), false), Figures.of(unconstrained, false),
            always.progress().value(), always.progress().se(), Figures.of(always, false),
            SplitChange.of(state.validationBefore(), validation));
        AccuracyTable testAfter = state.testBefore() == null ? null : test(policy, last, "after-test");
        TestSummary test = testAfter == null ? null : new TestSummary("test", config.seed(),
            pool.allTest().size(), config.validationSamples(), state.testBefore(), testAfter);
        return new Final(train, validation, summary, test);
    }

    /**
     * BFCL accuracy on the held-out test tasks, {@link TrainConfig#validationSamples()} episodes each, under BFCL's
     * evaluation settings; null when the pool has no test part (built-in tasks).
     */
    private AccuracyTable test(Policy policy, Stage last, String name) throws IOException {
        if (pool.allTest().isEmpty()) {
            return null;
        }
        List<Task> tasks = pool.allTest();
        return AccuracyTable.of(tasks, episodes.heldOut(policy, repeated(tasks), last, folder, name));
    }

    /**
     * The final policy's measurements.
     *
     * @param train on the training tasks
     * @param validation on the validation tasks
     * @param summary the validation block of {@code summary.json}
     * @param test the held-out test tasks before and after, or null when the pool has none
     */
    record Final(Evaluation train, Evaluation validation, ValidationSummary summary, TestSummary test) {
    }

    private Evaluation validation(Policy policy, Stage last, String name) throws IOException {
        return episodes.evaluate(policy, repeated(pool.allValidation()), last, folder, name);
    }

    /** Each task {@code validationSamples} times in a row; every policy call gets its own seed, so samples differ. */
    private List<Task> repeated(List<Task> tasks) {
        List<Task> out = new ArrayList<>();
        for (Task t : tasks) {
            for (int i = 0; i < config.validationSamples(); i++) {
                out.add(t);
            }
        }
        return out;
    }
}
