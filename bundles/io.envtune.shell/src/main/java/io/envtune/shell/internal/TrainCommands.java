package io.envtune.shell.internal;

import io.envtune.api.Stage;
import io.envtune.curriculum.Curriculum;
import io.envtune.platform.Plugins;
import io.envtune.platform.TaskCatalog;
import io.envtune.platform.TaskOrigin;
import io.envtune.platform.TaskPool;
import io.envtune.report.Reports;
import io.envtune.train.RunFolder;
import io.envtune.train.TrainRequest;
import io.envtune.train.TrainingRun;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Gogo commands for training: {@code envtune:train} and {@code envtune:stage}. */
@Component(service = TrainCommands.class, property = {
    "osgi.command.scope=envtune", "osgi.command.function=train", "osgi.command.function=stage"})
public final class TrainCommands {

    private final Plugins plugins;

    /** @param plugins the platform's live plug-ins */
    @Activate
    public TrainCommands(@Reference Plugins plugins) {
        this.plugins = plugins;
    }

    /**
     * Runs Environment Tuning; with no options, the built-in model on the built-in tasks with the four stages.
     *
     * @param o the options
     * @return the summary table
     * @throws IOException when the run folder cannot be written
     */
    @Descriptor("train with Environment Tuning: four-stage curriculum, GRPO; defaults: built-in model and tasks")
    public String train(
        @Descriptor("BFCL data folder; omit for the built-in tasks") @Parameter(names = "--bfcl", absentValue = "")
        String bfcl,
        @Descriptor("JSON Lines tasks file in the BFCL task format") @Parameter(names = "--tasks", absentValue = "")
        String tasks,
        @Descriptor("only the built-in tasks of this task source, e.g. builtin.KeyValueStore") @Parameter(
            names = "--source", absentValue = "") String source,
        @Descriptor("Hugging Face model folder (same as --policy djl:DIR)") @Parameter(names = "--model",
            absentValue = "") String model,
        @Descriptor("policy spec, default djl:builtin") @Parameter(names = "--policy", absentValue = "djl:builtin")
        String policy,
        @Descriptor("JSON file of stages; default: the paper's four") @Parameter(names = "--stages",
            absentValue = "") String stages,
        @Descriptor("total training steps") @Parameter(names = "--steps", absentValue = "0") int steps,
        @Descriptor("rollouts per task (GRPO group)") @Parameter(names = "--group-size", absentValue = "0")
        int groupSize,
        @Descriptor("tasks per step") @Parameter(names = "--batch", absentValue = "0") int batch,
        @Descriptor("seed") @Parameter(names = "--seed", absentValue = "7") long seed,
        @Descriptor("run folder (default runs/<time>)") @Parameter(names = "--out", absentValue = "") String out,
        @Descriptor("resume the run in this folder") @Parameter(names = "--resume", absentValue = "") String resume)
        throws IOException {
        TrainSetup setup = TrainSetup.of(TaskOrigin.of(bfcl, tasks, source), stages, plugins);
        Path dir = Path.of(!resume.isBlank() ? resume : !out.isBlank() ? out : defaultRunDir());
        String spec = model.isBlank() ? policy : "djl:" + model;
        new Trainings(plugins, System.out).run(setup, new TrainRequest(setup.profile(), steps, groupSize, batch, seed,
            dir), new Trainings.Origin(spec, bfcl, tasks, !resume.isBlank()));
        Path report = Reports.write(dir);
        return Reports.text(dir) + "\nreport: " + report.toAbsolutePath();
    }

    /**
     * Shows a run's curriculum stage, asks the run to move to the next stage, or shows what the platform would train
     * on: a stage's tasks in order, or the train/validation/test split (the same answers the server gives).
     *
     * @param action {@code show}, {@code next}, {@code tasks} or {@code split}
     * @param run the run folder ({@code show}, {@code next})
     * @param stage a stage of the registered curriculum ({@code tasks}); {@code current} by default
     * @param bfcl the BFCL data folder ({@code tasks}, {@code split})
     * @param tasks a tasks file ({@code tasks}, {@code split})
     * @param seed the split seed ({@code tasks}, {@code split})
     * @return the answer
     * @throws IOException when the request cannot be written
     */
    @Descriptor("show a run's curriculum stage, 'next' to promote it, or list a stage's tasks / the task split")
    public String stage(
        @Descriptor("show | next | tasks | split") @Parameter(names = "--action", absentValue = "show")
        String action,
        @Descriptor("the run folder") @Parameter(names = "--run", absentValue = "") String run,
        @Descriptor("stage name for --action tasks (default: current)") @Parameter(names = "--stage",
            absentValue = "current") String stage,
        @Descriptor("BFCL data folder; omit for the built-in tasks") @Parameter(names = "--bfcl", absentValue = "")
        String bfcl,
        @Descriptor("JSON Lines tasks file in the BFCL task format") @Parameter(names = "--tasks", absentValue = "")
        String tasks,
        @Descriptor("split seed") @Parameter(names = "--seed", absentValue = "7") long seed) throws IOException {
        if (action.equals("tasks") || action.equals("split")) {
            TaskPool pool = TaskCatalog.open(TaskOrigin.of(bfcl, tasks), plugins::taskSources).pool(seed);
            return action.equals("split") ? StageViews.split(pool) : StageViews.ids(pool.stageTasks(
                StageViews.stage(plugins, stage)));
        }
        if (run.isBlank()) {
            throw new IllegalArgumentException("envtune:stage needs --run DIR");
        }
        RunFolder folder = new RunFolder(Path.of(run));
        RunConfig config = folder.readJson("config.json", RunConfig.class);
        if (config == null) {
            throw new IllegalArgumentException("no training run in " + folder.dir());
        }
        Curriculum curriculum = new Curriculum(config.stages(), folder.curriculumState());
        if (action.equals("next")) {
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
     */
    record RunConfig(String policy, String bfcl, String tasks, int steps, int groupSize, int batch, long seed,
                     List<Stage> stages) {
    }
}
