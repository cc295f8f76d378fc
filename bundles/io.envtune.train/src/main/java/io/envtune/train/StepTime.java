package io.envtune.train;

/**
 * Where one training step's time went, in seconds of wall time (the rest of {@link StepLog#seconds()} is
 * bookkeeping), and the process CPU time of the whole step, which a busy shared machine stretches less than wall
 * time.
 *
 * @param rollout playing the step's episodes
 * @param scoring rewards and GRPO groups
 * @param update the policy update (forward, backward, optimiser)
 * @param validation validation and the stage-1 format check (0 on steps without)
 * @param cpu process CPU seconds (user + system) over the whole step, or NaN when the JVM cannot tell
 */
public record StepTime(double rollout, double scoring, double update, double validation, double cpu) {
}
