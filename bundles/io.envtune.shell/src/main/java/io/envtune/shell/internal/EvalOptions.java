package io.envtune.shell.internal;

import io.envtune.api.FeedbackMode;
import io.envtune.cli.Range;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The one declaration of {@code envtune:eval}'s options. */
@Command(description = "Play episodes with a policy in parallel; prints BFCL accuracy, progress and format validity "
    + "per split, then accuracy in the layout of the paper's Table 1 (percent; mean ± std over the samples with "
    + "--samples K). --out refuses a folder that already holds a run or an evaluation unless --force.")
final class EvalOptions {

    /** The feedback an episode gives after a failed call. */
    enum Mode {
        standard(FeedbackMode.STANDARD), augmented(FeedbackMode.AUGMENTED);

        final FeedbackMode feedback;

        Mode(FeedbackMode feedback) {
            this.feedback = feedback;
        }
    }

    @Mixin
    TaskOptions tasks = new TaskOptions();

    @Option(names = "--policy", required = true, paramLabel = "SPEC", description = "oracle | scripted:FILE | "
        + "djl:builtin | djl:DIR | http:URL (required: the oracle scores 100%% by construction).")
    String policy;

    @Option(names = "--split", paramLabel = "SPLIT", description = "A split, or all.")
    String split = "all";

    /** A part of the seeded split training uses; {@code all} plays every task. */
    enum Part {
        all, train, validation, test
    }

    @Option(names = "--part", paramLabel = "PART", description = "One of: ${COMPLETION-CANDIDATES}: the part of the "
        + "seeded train/validation/test split that envtune:train uses with the same --seed (on BFCL per split 100 "
        + "train, 25 validation, 75 test: test is the paper's held-out half less validation).")
    Part part = Part.all;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the split (--part) and of sampling; the same "
        + "as envtune:train's --seed. Default: 7.")
    long seed = io.envtune.platform.TaskCatalog.DEFAULT_SEED;

    @Option(names = "--mode", paramLabel = "MODE", description = "One of: ${COMPLETION-CANDIDATES}.")
    Mode mode = Mode.standard;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder for records and summary.json.")
    String out = "eval-out";

    @Option(names = "--force", description = "Let --out name a folder that already holds an evaluation or a run; "
        + "its records and summary are replaced.")
    boolean force;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads.")
    @Range(min = 1, max = 256)
    int threads = 2;

    @Option(names = "--limit", paramLabel = "N", description = "Play only the first N tasks of the split (0 = all).")
    @Range(min = 0, max = Integer.MAX_VALUE)
    int limit;

    @Option(names = "--max-steps", paramLabel = "N", description = "Assistant messages per user turn before the turn "
        + "is closed.")
    @Range(min = 1, max = 1000)
    int maxSteps = 20;

    @Option(names = "--samples", paramLabel = "N", description = "Episodes per task; above 1 they are sampled at "
        + "temperature 1 (1: greedy).")
    @Range(min = 1, max = 1000)
    int samples = 1;

    @Option(names = "--tool-timeout-ms", paramLabel = "MS", description = "Time limit of one tool call; a call over "
        + "it ends its episode.")
    @Range(min = 1, max = 3_600_000)
    long toolTimeoutMs = 5000;
}
