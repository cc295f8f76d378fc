package io.envtune.train;

/**
 * The held-out test tasks before and after training, as {@code summary.json} reports them under {@code test}: BFCL
 * accuracy in the paper's Table-1 layout (percent per category and overall, mean ± std over the samples).
 *
 * @param part always {@code test}: the part of the seeded split measured
 * @param seed the split seed (the run's {@code --seed})
 * @param tasks test tasks
 * @param samples_per_task episodes per task in each measurement
 * @param before the initial policy
 * @param after the final policy
 */
@SuppressWarnings("checkstyle:RecordComponentName")
public record TestSummary(String part, long seed, int tasks, int samples_per_task, AccuracyTable before,
                          AccuracyTable after) {

    /** @return both tables as text, for the end of {@code envtune:train} */
    public String render() {
        return "BFCL accuracy (%) on the held-out test part (" + tasks + " tasks, split seed " + seed + ", "
            + samples_per_task + (samples_per_task > 1 ? " samples per task, mean ± std" : " sample per task")
            + ")\nbefore training:\n" + before.render() + "\nafter training:\n" + after.render();
    }
}
