package io.envtune.shell.internal;

import io.envtune.api.PromotionRule;
import io.envtune.api.Stage;
import io.envtune.curriculum.PaperCurriculum;
import io.envtune.curriculum.StagesJson;
import io.envtune.train.TaskPool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The defaults of a training run. On the built-in tasks (the main job): a short four-stage curriculum sized for a
 * tiny model on a 2-core CPU. On BFCL: the paper's settings (100 train / 100 test per split, 25 validation tasks per
 * split taken from the test half, batch 32, group 16).
 *
 * @param catalog the tasks
 * @param stages the curriculum
 * @param steps total steps
 * @param groupSize rollouts per group
 * @param batch tasks per step
 * @param validateEvery validate every this many steps: every 2nd on the built-in tasks, so that the promotion rule
 *                      (a plateau over its window of 2 validations) can fire within a short stage; every 4 on BFCL
 * @param validationSamples episodes per validation task in the before/after measurement
 */
record TrainSetup(TaskCatalog catalog, List<Stage> stages, int steps, int groupSize, int batch, int validateEvery,
                  int validationSamples) {

    /**
     * The built-in curriculum's rule: 4 to 6 steps per stage, promoted early when validation progress has been flat
     * (within 0.02) over the last 2 validations and the gradient norm stable (within 50%) over the last 2 steps, so
     * that a stage which teaches nothing (no group with a reward spread) does not use up the run.
     */
    static final PromotionRule BUILTIN_RULE = new PromotionRule(2, 0.02, 0.5, 4, 6);

    static TrainSetup of(String bfcl, String stagesFile, int steps, int groupSize, int batch,
                         ServiceRegistries registries) {
        TaskCatalog catalog = TaskCatalog.load(bfcl, registries.taskSources());
        boolean builtin = catalog.bfcl() == null;
        List<Stage> stages = !stagesFile.isBlank() ? read(stagesFile)
            : builtin ? PaperCurriculum.stages(10, 128, 3, BUILTIN_RULE) : PaperCurriculum.stages();
        int defaultSteps = stages.stream().mapToInt(s -> s.promotion().maxSteps()).sum();
        return new TrainSetup(catalog, stages, steps > 0 ? steps : defaultSteps,
            groupSize > 0 ? groupSize : builtin ? 4 : 16, batch > 0 ? batch : builtin ? 3 : 32, builtin ? 2 : 4,
            io.envtune.train.TrainConfig.VALIDATION_SAMPLES);
    }

    /**
     * @param k episodes per validation task before and after training (at least 1)
     * @return this setup with that count
     */
    TrainSetup withValidationSamples(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("--validation-samples must be >= 1, was " + k);
        }
        return new TrainSetup(catalog, stages, steps, groupSize, batch, validateEvery, k);
    }

    /** @return the BFCL data folder, or null on the built-in tasks */
    Path dataDir() {
        return catalog.bfcl() == null ? null : catalog.bfcl().dataDir();
    }

    /**
     * @param seed the split seed
     * @return the run's task pool
     */
    TaskPool pool(long seed) {
        if (catalog.bfcl() == null) {
            return new TaskPool(catalog.bySplit(), catalog.validation(), java.util.Map.of());
        }
        return TaskPool.split(catalog.bySplit(), 100, 25, seed);
    }

    private static List<Stage> read(String file) {
        try {
            return StagesJson.read(Files.readString(Path.of(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stages file " + file, e);
        }
    }
}
