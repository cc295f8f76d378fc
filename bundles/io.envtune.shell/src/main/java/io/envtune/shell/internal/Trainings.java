package io.envtune.shell.internal;

import io.envtune.api.Policy;
import io.envtune.api.Stage;
import io.envtune.api.TrainablePolicy;
import io.envtune.curriculum.Curriculum;
import io.envtune.runtime.EmptyTurnCalls;
import io.envtune.train.RunFolder;
import io.envtune.train.RunState;
import io.envtune.train.Summary;
import io.envtune.train.TrainConfig;
import io.envtune.train.TrainingRun;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Starts or resumes one training run from a setup: the policy, the curriculum, the run folder, the loop. */
final class Trainings {

    private final EnvironmentRegistry environments;
    private final ServiceRegistries registries;

    Trainings(EnvironmentRegistry environments, ServiceRegistries registries) {
        this.environments = environments;
        this.registries = registries;
    }

    /**
     * Trains a fresh policy (or resumes the run in {@code dir}) and returns its summary; the policy is closed after.
     */
    Summary run(TrainSetup setup, List<Stage> stages, String spec, String bfcl, long seed, Path dir, boolean resume)
        throws IOException {
        RunFolder folder = new RunFolder(dir);
        RunState state = resume ? TrainingRun.resumeState(folder) : null;
        if (resume && state == null) {
            throw new IllegalArgumentException("nothing to resume in " + dir.toAbsolutePath());
        }
        TrainablePolicy trainable = trainable(spec, seed);
        try {
            if (state != null && state.checkpoint() != null) {
                trainable.load(TrainingRun.checkpointDir(folder, state));
            }
            Curriculum curriculum = new Curriculum(stages, folder.curriculumState());
            int steps = setup.steps() > 0 ? setup.steps() : stages.stream().mapToInt(s -> s.promotion().maxSteps())
                .sum();
            TrainConfig config = new TrainConfig(dir, steps, setup.groupSize(), setup.batch(), seed, 1.0,
                setup.validateEvery(), 1, 2, EmptyTurnCalls.EXECUTE, setup.dataDir(), setup.validationSamples());
            folder.writeJson("config.json", new TrainCommands.RunConfig(spec, bfcl, config.maxSteps(),
                config.groupSize(), config.batchTasks(), seed, stages, trainable.constrained()));
            TrainingRun run = new TrainingRun(config, setup.pool(seed), curriculum, trainable,
                new TrainingRun.Services(environments, registries.augmenters(), registries::reward), System.out::println);
            return run.run(state);
        } finally {
            closeQuietly(trainable);
        }
    }

    private TrainablePolicy trainable(String spec, long seed) {
        if (spec.equals("oracle") || spec.startsWith("scripted:")) {
            throw new IllegalArgumentException("policy '" + spec + "' cannot be trained; use djl:builtin or djl:DIR");
        }
        Policy p = PolicySpecs.resolve(spec, registries, environments, seed).apply(null);
        if (!(p instanceof TrainablePolicy t)) {
            throw new IllegalArgumentException("policy '" + spec + "' cannot be trained; use djl:builtin or djl:DIR");
        }
        return t;
    }

    /** Closes a policy that holds resources (a loaded model); a failure only leaks native memory until exit. */
    static void closeQuietly(Object policy) {
        if (policy instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception e) {
                System.err.println("envtune: closing the policy failed: " + e);
            }
        }
    }
}
