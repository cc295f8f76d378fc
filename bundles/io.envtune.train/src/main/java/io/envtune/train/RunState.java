package io.envtune.train;

/**
 * What {@code state.json} records after each checkpoint: the last complete step and where its checkpoint is, plus
 * the measurements a resumed run must not redo.
 *
 * @param step the last complete step
 * @param checkpoint the checkpoint folder name (relative to {@code checkpoints/}), or null before the first
 * @param before the evaluation of the untrained policy on the training tasks
 * @param validationBefore the same on the validation tasks
 * @param formatValidityAfterStage1 format validity measured when stage 1 ended, or NaN
 * @param wallSeconds wall time spent up to this state, over all processes of the run
 */
public record RunState(long step, String checkpoint, Evaluation before, Evaluation validationBefore,
                       double formatValidityAfterStage1, double wallSeconds) {
}
