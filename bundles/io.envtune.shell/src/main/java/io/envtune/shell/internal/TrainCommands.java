package io.envtune.shell.internal;

import io.envtune.api.Stage;
import io.envtune.cli.ArgumentException;
import io.envtune.cli.CommandArgs;
import io.envtune.curriculum.Curriculum;
import io.envtune.platform.Plugins;
import io.envtune.platform.TaskCatalog;
import io.envtune.platform.TaskOrigin;
import io.envtune.platform.TaskPool;
import io.envtune.report.Reports;
import io.envtune.train.RunFolder;
import io.envtune.train.RunState;
import io.envtune.train.StagePlan;
import io.envtune.train.Summary;
import io.envtune.train.TrainRequest;
import io.envtune.train.TrainingRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Gogo commands for training: {@code envtune:train} and {@code envtune:stage}. */
@Component(service = TrainCommands.class, property = {
    "osgi.command.scope=envtune", "osgi.command.function=train", "osgi.command.function=stage"})
public final class TrainCommands {

    private static final String TRAIN = "envtune:train";

    private final Plugins plugins;

    /** @param plugins the platform's live plug-ins */
    @Activate
    public TrainCommands(@Reference Plugins plugins) {
        this.plugins = plugins;
    }

    /**
     * Runs Environment Tuning, or resumes a run; options in {@link TrainOptions}.
     *
     * @param args the raw words after the command name
     * @return the summary table, or the help text
     * @throws Exception when the run folder cannot be written (refusals are {@code ArgumentException}s)
     */
    @Descriptor("train with Environment Tuning: four-stage curriculum, GRPO; defaults: built-in model and tasks")
    public Object train(@Descriptor("options; see envtune:train --help") String... args) throws Exception {
        return CommandArgs.run(TRAIN, new TrainOptions(), args, this::train);
    }

    private String train(TrainOptions o) throws IOException {
        if (o.resume != null) {
            return resume(Path.of(o.resume), o.givenBesidesResume());
        }
        Path dir = Path.of(o.out != null ? o.out : defaultRunDir());
        OutputFolder.claim(TRAIN, dir, o.force);
        TrainSetup setup = TrainSetup.of(o.tasks.origin(), TaskOptions.text(o.stages), plugins,
            o.profile != null ? o.profile : "builtin")
            .withValidationSamples(o.validationSamples != null ? o.validationSamples : 4);
        String spec = o.model != null ? "djl:" + o.model : o.policy != null ? o.policy : "djl:builtin";
        if (o.force) {
            OutputFolder.moveAside(dir).ifPresent(p -> System.out.println("moved the old contents of " + dir
                + " to " + p));
        }
        long seed = o.seed != null ? o.seed : 7;
        Summary summary = new Trainings(plugins, System.out).run(setup, new TrainRequest(setup.profile(),
            TrainOptions.orZero(o.steps), TrainOptions.orZero(o.groupSize), TrainOptions.orZero(o.batch), seed, dir),
            new Trainings.Origin(spec, TaskOptions.text(o.tasks.bfcl), TaskOptions.text(o.tasks.tasks),
            TaskOptions.text(o.tasks.source), false));
        return report(dir, summary);
    }

    /** Resumes the run in {@code dir} with every setting from its {@code config.json}; a finished run is left as is. */
    private String resume(Path dir, List<String> conflicting) throws IOException {
        if (!conflicting.isEmpty()) {
            throw new ArgumentException(TRAIN + ": --resume takes every setting from " + dir.resolve("config.json")
                + "; drop " + String.join(", ", conflicting));
        }
        RunFolder folder = new RunFolder(dir);
        RunConfig config = folder.readJson("config.json", RunConfig.class);
        if (config == null) {
            throw new ArgumentException(TRAIN + ": nothing to resume in " + dir + " (no config.json)");
        }
        RunState state = folder.readJson("state.json", RunState.class);
        if (state != null && state.step() >= config.steps() && Files.exists(dir.resolve("summary.json"))) {
            return "run " + dir + " is finished (" + state.step() + "/" + config.steps()
                + " steps); nothing changed";
        }
        TrainSetup setup = TrainSetup.of(TaskOrigin.of(text(config.bfcl()), text(config.tasks()),
            text(config.source())), "", plugins, config.profile() != null ? config.profile() : "builtin")
            .withStages(config.stages())
            .withValidationSamples(config.validationSamples() != null ? config.validationSamples() : 4);
        // The recorded plan already holds the batch sizes the run started with (a --batch then included), so the
        // request takes the recorded run batch through the profile instead of as an override.
        boolean planned = config.stagePlan() != null;
        if (planned) {
            setup = setup.resumedWith(config.stagePlan(), config.batch());
        }
        Summary summary = new Trainings(plugins, System.out).run(setup, new TrainRequest(setup.profile(),
            config.steps(), config.groupSize(), planned ? 0 : config.batch(), config.seed(), dir),
            new Trainings.Origin(config.policy(), text(config.bfcl()), text(config.tasks()), text(config.source()),
            true));
        return report(dir, summary);
    }

    /** The run's report, ending with the held-out test table (before and after) when the tasks have a test part. */
    private static String report(Path dir, Summary summary) throws IOException {
        Path report = Reports.write(dir);
        return Reports.text(dir) + "\nreport: " + report.toAbsolutePath()
            + (summary.test() == null ? "" : "\n\n" + summary.test().render());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /**
     * Shows a run's curriculum stage, asks the run to move to the next stage, or shows what the platform would train
     * on: a stage's tasks in order, or the train/validation/test split (the same answers the server gives); options in
     * {@link StageOptions}.
     *
     * @param args the raw words after the command name
     * @return the answer, or the help text
     * @throws Exception when the request cannot be written
     */
    @Descriptor("show a run's curriculum stage, 'next' to promote it, or list a stage's tasks / the task split")
    public Object stage(@Descriptor("options; see envtune:stage --help") String... args) throws Exception {
        return CommandArgs.run("envtune:stage", new StageOptions(), args, this::stage);
    }

    private String stage(StageOptions o) throws IOException {
        if (o.action == StageOptions.Action.tasks || o.action == StageOptions.Action.split) {
            TaskPool pool = TaskCatalog.open(o.tasks.origin(), plugins::taskSources).pool(o.seed);
            return o.action == StageOptions.Action.split ? StageViews.split(pool) : StageViews.ids(pool.stageTasks(
                StageViews.stage(plugins, o.stage)));
        }
        if (o.run == null) {
            throw new ArgumentException("envtune:stage: --action " + o.action + " needs --run DIR");
        }
        RunFolder folder = new RunFolder(Path.of(o.run));
        RunConfig config = folder.readJson("config.json", RunConfig.class);
        if (config == null) {
            throw new ArgumentException("envtune:stage: no training run in " + folder.dir() + " (no config.json)");
        }
        Curriculum curriculum = new Curriculum(config.stages(), folder.curriculumState());
        if (o.action == StageOptions.Action.next) {
            TrainingRun.requestPromotion(folder);
            return "promotion requested: " + curriculum.current().name() + " -> next stage at the next step";
        }
        return "stage " + (curriculum.currentIndex() + 1) + "/" + config.stages().size() + ": "
            + curriculum.current().name() + ", " + curriculum.stepsInStage() + " step(s) in stage";
    }

    static String defaultRunDir() {
        return "runs/" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    }

    /**
     * What {@code config.json} records.
     *
     * @param policy the policy spec
     * @param bfcl the BFCL folder or empty
     * @param tasks the tasks file or empty
     * @param steps total steps
     * @param groupSize rollouts per group
     * @param batch tasks per step
     * @param seed the seed
     * @param stages the stages
     * @param constrained whether the policy decodes under the response-format grammar
     * @param source the task-source option or empty ({@code null} in runs written before it was recorded)
     * @param validationSamples episodes per validation task ({@code null} in older runs: 4)
     * @param profile the profile's name ({@code null} in older runs: {@code builtin})
     * @param stagePlan the promotion metric and per-stage batch sizes and trajectory budgets the run used
     *                  ({@code null} in older runs: the default plan)
     */
    record RunConfig(String policy, String bfcl, String tasks, int steps, int groupSize, int batch, long seed,
                     List<Stage> stages, boolean constrained, String source, Integer validationSamples,
                     String profile, StagePlan stagePlan) {

        /** A configuration of the built-in profile with the default plan (as older runs recorded it). */
        @SuppressWarnings("checkstyle:ParameterNumber")
        RunConfig(String policy, String bfcl, String tasks, int steps, int groupSize, int batch, long seed,
                  List<Stage> stages, boolean constrained, String source, Integer validationSamples) {
            this(policy, bfcl, tasks, steps, groupSize, batch, seed, stages, constrained, source, validationSamples,
                null, null);
        }
    }
}
