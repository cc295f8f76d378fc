package io.envtune.shell.internal;

import io.envtune.cli.Range;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The one declaration of {@code envtune:train}'s options. A {@code null} field was not given. */
@Command(description = "Train with Environment Tuning: four-stage curriculum, GRPO. Defaults: the built-in model on "
    + "the built-in tasks. A run folder is never overwritten: --out refuses a folder holding a run or an evaluation "
    + "(unless --force), and --resume takes every setting from the run's config.json.")
final class TrainOptions {

    @Mixin
    TaskOptions tasks = new TaskOptions();

    @Option(names = "--model", paramLabel = "DIR", description = "Hugging Face model folder (same as --policy djl:DIR).")
    String model;

    @Option(names = "--policy", paramLabel = "SPEC", description = "Policy spec: djl:builtin or djl:DIR. Default: "
        + "djl:builtin.")
    String policy;

    @Option(names = "--stages", paramLabel = "FILE", description = "JSON file of stages; default: the profile's four.")
    String stages;

    @Option(names = "--profile", paramLabel = "NAME", description = "Training defaults: builtin (default: a short "
        + "curriculum sized for the built-in model on the built-in tasks; on --bfcl the paper's stages with group 16, "
        + "batch 32, promotion on validation progress, 1,024 tokens per response, 5 messages per turn) or paper (the "
        + "paper's and its released code's numbers: promotion on validation accuracy by the plateau rule, group 16, "
        + "batch 16 in stage 1 and 32 after, validation every step, 6 messages per turn, 10,000 / 24,576 tokens per "
        + "trajectory, at most 80/60/240/240 steps per stage). README: \"Deviations from the paper\".")
    String profile;

    @Option(names = "--steps", paramLabel = "N", description = "Total training steps. Default: the curriculum's "
        + "budget.")
    @Range(min = 1, max = 1_000_000)
    Integer steps;

    @Option(names = "--group-size", paramLabel = "N", description = "Rollouts per task (GRPO group). Default: the "
        + "profile's.")
    @Range(min = 1, max = 1024)
    Integer groupSize;

    @Option(names = "--batch", paramLabel = "N", description = "Tasks per step. Default: the profile's.")
    @Range(min = 1, max = 100_000)
    Integer batch;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the split, sampling and policy. Default: 7.")
    Long seed;

    @Option(names = "--validation-samples", paramLabel = "K", description = "Episodes per validation task before "
        + "and after training. Default: 4.")
    @Range(min = 1, max = 1000)
    Integer validationSamples;

    @Option(names = "--out", paramLabel = "DIR", description = "New run folder. Default: runs/<time>.")
    String out;

    @Option(names = "--force", description = "Let --out name a folder that holds a run or an evaluation: the old "
        + "contents are moved aside to <DIR>.replaced-<time>, never deleted.")
    boolean force;

    @Option(names = "--resume", paramLabel = "DIR", description = "Resume the run in this folder with its own "
        + "config.json; no other option may be given.")
    String resume;

    /** @return the options given besides {@code --resume}, which a resume refuses */
    List<String> givenBesidesResume() {
        List<String> given = new ArrayList<>();
        add(given, "--bfcl", tasks.bfcl);
        add(given, "--tasks", tasks.tasks);
        add(given, "--source", tasks.source);
        add(given, "--model", model);
        add(given, "--policy", policy);
        add(given, "--stages", stages);
        add(given, "--profile", profile);
        add(given, "--steps", steps);
        add(given, "--group-size", groupSize);
        add(given, "--batch", batch);
        add(given, "--seed", seed);
        add(given, "--validation-samples", validationSamples);
        add(given, "--out", out);
        add(given, "--force", force ? Boolean.TRUE : null);
        return given;
    }

    private static void add(List<String> given, String name, Object value) {
        if (value != null) {
            given.add(name);
        }
    }

    static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
