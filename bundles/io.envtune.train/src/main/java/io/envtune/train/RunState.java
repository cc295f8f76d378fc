package io.envtune.train;

/**
 * What {@code state.json} records after each checkpoint: the last complete step and where its checkpoint is, plus
 * the measurements a resumed run must not redo.
 *
 * @param step the last complete step
 * @param checkpoint the checkpoint folder name (relative to {@code checkpoints/}), or null before the first
 * @param before the evaluation of the untrained policy on the training tasks
 * @param validationBefore the same on the validation tasks ({@link TrainConfig#validationSamples()} per task)
 * @param formatValidityAfterStage1 format validity measured when stage 1 ended, or NaN
 * @param wallSeconds wall time spent up to this state, over all processes of the run
 * @param unconstrainedBefore the untrained policy on the validation tasks without the grammar; null when the run
 *                            is unconstrained
 * @param alwaysAnswer the always-answer baseline on the validation tasks
 * @param testBefore BFCL accuracy of the untrained policy on the held-out test tasks; null when the pool has none
 *                   (built-in tasks) or the run started before it was measured
 */
public record RunState(long step, String checkpoint, Evaluation before, Evaluation validationBefore,
                       double formatValidityAfterStage1, double wallSeconds, Evaluation unconstrainedBefore,
                       Evaluation alwaysAnswer, AccuracyTable testBefore) {

    /**
     * A state without a test measurement (the 3.0 form).
     *
     * @param step the last complete step
     * @param checkpoint the checkpoint folder name, or null
     * @param before the untrained policy on the training tasks
     * @param validationBefore the same on the validation tasks
     * @param formatValidityAfterStage1 format validity after stage 1, or NaN
     * @param wallSeconds wall time so far
     * @param unconstrainedBefore the untrained policy without the grammar, or null
     * @param alwaysAnswer the always-answer baseline
     */
    public RunState(long step, String checkpoint, Evaluation before, Evaluation validationBefore,
                    double formatValidityAfterStage1, double wallSeconds, Evaluation unconstrainedBefore,
                    Evaluation alwaysAnswer) {
        this(step, checkpoint, before, validationBefore, formatValidityAfterStage1, wallSeconds, unconstrainedBefore,
            alwaysAnswer, null);
    }

    /**
     * @param next the step just completed
     * @param name its checkpoint name (or the previous one)
     * @param formatAfterS1 format validity after stage 1, or NaN
     * @param wall wall seconds so far
     * @return this state moved on to {@code next}
     */
    RunState advance(long next, String name, double formatAfterS1, double wall) {
        return new RunState(next, name, before, validationBefore, formatAfterS1, wall, unconstrainedBefore,
            alwaysAnswer, testBefore);
    }
}
