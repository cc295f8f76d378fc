package io.envtune.report.internal;

/**
 * {@code state.json}, read as the training loop's {@code RunState} writes it: the last complete step and the
 * measurements of the untrained policy, which a run that has not finished yet has no summary for.
 *
 * @param step the last complete step
 * @param checkpoint the checkpoint folder name, or null
 * @param before the untrained policy on the training tasks, or null
 * @param validationBefore the untrained policy on the validation tasks, or null
 * @param formatValidityAfterStage1 format validity when stage 1 ended, or NaN
 * @param wallSeconds wall time so far
 */
public record StateData(long step, String checkpoint, EvalData before, EvalData validationBefore,
                        double formatValidityAfterStage1, double wallSeconds) {
}
