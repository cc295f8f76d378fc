package io.envtune.shell.internal;

import io.envtune.api.Stage;
import io.envtune.curriculum.StagesJson;
import io.envtune.platform.Plugins;
import io.envtune.platform.TaskCatalog;
import io.envtune.platform.TaskOrigin;
import io.envtune.train.TrainProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The tasks and the profile of a training run, from the command's options: the catalog of the named tasks (or the
 * built-in ones) and the profile {@code --profile} names ({@code builtin}: {@link TrainProfile#bfcl()} on BFCL, else
 * {@link TrainProfile#builtin()}; {@code paper}: {@link TrainProfile#paper()}), with the stages of a {@code --stages}
 * file when one is given.
 *
 * @param catalog the tasks
 * @param profile the defaults, stages included
 * @param validationSamples episodes per validation task in the before/after measurement
 */
record TrainSetup(TaskCatalog catalog, TrainProfile profile, int validationSamples) {

    /**
     * The setup with the built-in defaults.
     *
     * @param origin the named tasks
     * @param stagesFile a stages JSON file, or blank
     * @param plugins the live plug-ins (task sources)
     * @return the setup
     * @throws IllegalArgumentException when there are no tasks at all
     */
    static TrainSetup of(TaskOrigin origin, String stagesFile, Plugins plugins) {
        return of(origin, stagesFile, plugins, "builtin");
    }

    /**
     * @param origin the named tasks
     * @param stagesFile a stages JSON file, or blank
     * @param plugins the live plug-ins (task sources)
     * @param profileName {@code builtin} or {@code paper} ({@link TrainProfile#named})
     * @return the setup
     * @throws IllegalArgumentException when there are no tasks at all, or for an unknown profile
     */
    static TrainSetup of(TaskOrigin origin, String stagesFile, Plugins plugins, String profileName) {
        TaskCatalog catalog = TaskCatalog.open(origin, plugins::taskSources);
        catalog.tasks("all");
        TrainProfile profile = TrainProfile.named(profileName, catalog.bfcl() != null);
        return new TrainSetup(catalog, stagesFile.isBlank() ? profile : profile.withStages(read(stagesFile)),
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
        return new TrainSetup(catalog, profile, k);
    }

    /**
     * @param stages the stages to train with instead of the profile's
     * @return this setup with those stages
     */
    TrainSetup withStages(List<Stage> stages) {
        return new TrainSetup(catalog, profile.withStages(stages), validationSamples);
    }

    /**
     * @param plan the stage plan a resumed run recorded
     * @param batch the run's tasks per step as recorded
     * @return this setup with the profile carrying them
     */
    TrainSetup resumedWith(io.envtune.train.StagePlan plan, int batch) {
        return new TrainSetup(catalog, profile.with(plan, batch), validationSamples);
    }

    /** @return the stages */
    List<Stage> stages() {
        return profile.stages();
    }

    /** @return the BFCL data folder, or null */
    Path dataDir() {
        return catalog.dataDir();
    }

    private static List<Stage> read(String file) {
        try {
            return StagesJson.read(Files.readString(Path.of(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stages file " + file, e);
        }
    }
}
