package io.envtune.shell.internal;

import io.envtune.api.Stage;
import io.envtune.curriculum.Curriculum;
import io.envtune.report.Reports;
import io.envtune.train.RunFolder;
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

    private final Trainings trainings;
    private final ServiceRegistries registries;

    /**
     * @param environments the live environment registry
     * @param registries tasks, rewards, augmenters, policy providers
     */
    @Activate
    public TrainCommands(@Reference EnvironmentRegistry environments, @Reference ServiceRegistries registries) {
        this.trainings = new Trainings(environments, registries);
        this.registries = registries;
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
        @Descriptor("resume the run in this folder") @Parameter(names = "--resume", absentValue = "") String resume,
        @Descriptor("episodes per validation task before and after training") @Parameter(
            names = "--validation-samples", absentValue = "4") int validationSamples)
        throws IOException {
        TrainSetup setup = TrainSetup.of(bfcl, stages, steps, groupSize, batch, registries)
            .withValidationSamples(validationSamples);
        Path dir = Path.of(!resume.isBlank() ? resume : !out.isBlank() ? out : defaultRunDir());
        String spec = model.isBlank() ? policy : "djl:" + model;
        trainings.run(setup, setup.stages(), spec, bfcl, seed, dir, !resume.isBlank());
        Path report = Reports.write(dir);
        return Reports.text(dir) + "\nreport: " + report.toAbsolutePath();
    }

    /**
     * Shows a run's curriculum stage, or asks the run to move to the next stage.
     *
     * @param action {@code show} or {@code next}
     * @param run the run folder
     * @return the stage
     * @throws IOException when the request cannot be written
     */
    @Descriptor("show a run's current curriculum stage, or 'next' to promote it at the start of its next step")
    public String stage(
        @Descriptor("show | next") @Parameter(names = "--action", absentValue = "show") String action,
        @Descriptor("the run folder") @Parameter(names = "--run", absentValue = "") String run) throws IOException {
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
     * @param steps total steps
     * @param groupSize rollouts per group
     * @param batch tasks per step
     * @param seed the seed
     * @param stages the stages
     * @param constrained whether the policy decodes under the response-format grammar
     */
    record RunConfig(String policy, String bfcl, int steps, int groupSize, int batch, long seed, List<Stage> stages,
                     boolean constrained) {
    }
}
