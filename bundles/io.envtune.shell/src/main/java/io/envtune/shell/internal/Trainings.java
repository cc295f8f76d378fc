package io.envtune.shell.internal;

import io.envtune.api.Policy;
import io.envtune.api.TrainablePolicy;
import io.envtune.curriculum.Curriculum;
import io.envtune.platform.Plugins;
import io.envtune.train.RunFolder;
import io.envtune.train.RunState;
import io.envtune.train.Summary;
import io.envtune.train.TrainConfig;
import io.envtune.train.TrainRequest;
import io.envtune.train.TrainingRun;
import java.io.IOException;
import java.io.PrintStream;

/** Starts or resumes one training run from a setup: the policy, the curriculum, the run folder, the loop. */
final class Trainings {

    private final Plugins plugins;
    private final PrintStream out;

    /**
     * @param plugins the live plug-ins
     * @param out where progress lines go (the command's session)
     */
    Trainings(Plugins plugins, PrintStream out) {
        this.plugins = plugins;
        this.out = out;
    }

    /**
     * What a run records about where it came from.
     *
     * @param policy the policy spec
     * @param bfcl the BFCL option, possibly blank
     * @param tasks the tasks-file option, possibly blank
     * @param source the task-source option, possibly blank
     * @param resume whether to resume the run in the request's folder
     */
    record Origin(String policy, String bfcl, String tasks, String source, boolean resume) {
    }

    /**
     * Trains a fresh policy (or resumes the run in the request's folder) and returns its summary; the policy is
     * closed after.
     */
    Summary run(TrainSetup setup, TrainRequest request, Origin origin) throws IOException {
        RunFolder folder = new RunFolder(request.runDir());
        RunState state = origin.resume() ? TrainingRun.resumeState(folder) : null;
        if (origin.resume() && state == null) {
            throw new IllegalArgumentException("nothing to resume in " + request.runDir().toAbsolutePath());
        }
        TrainablePolicy trainable = trainable(origin.policy(), request.seed());
        try {
            if (state != null && state.checkpoint() != null) {
                trainable.load(TrainingRun.checkpointDir(folder, state));
            }
            Curriculum curriculum = new Curriculum(request.profile().stages(), folder.curriculumState());
            TrainConfig config = request.config(setup.dataDir()).withValidationSamples(setup.validationSamples());
            if (!origin.resume()) {
                // A resumed run keeps the config.json it was started with: it is where the resume read its settings.
                folder.writeJson("config.json", new TrainCommands.RunConfig(origin.policy(), origin.bfcl(),
                    origin.tasks(), config.maxSteps(), config.groupSize(), config.batchTasks(), request.seed(),
                    request.profile().stages(), trainable.constrained(), origin.source(), setup.validationSamples(),
                    request.profile().name(), config.stagePlan()));
            }
            TrainingRun run = new TrainingRun(config, setup.catalog().pool(request.seed()), curriculum, trainable,
                new TrainingRun.Services(plugins, plugins.augmenters(), plugins::reward), out::println);
            return run.run(state);
        } finally {
            closeQuietly(trainable, out);
        }
    }

    private TrainablePolicy trainable(String spec, long seed) {
        Policy p = PolicySpecs.provided(spec, plugins, seed);
        if (!(p instanceof TrainablePolicy t)) {
            closeQuietly(p, out);
            throw new IllegalArgumentException("policy '" + spec + "' cannot be trained; use djl:builtin or djl:DIR");
        }
        return t;
    }

    /** Closes a policy that holds resources (a loaded model); a failure only leaks native memory until exit. */
    static void closeQuietly(Object policy, PrintStream out) {
        if (policy instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception e) {
                out.println("envtune: closing the policy failed: " + e);
            }
        }
    }
}
