package io.envtune.shell.internal;

import io.envtune.api.Stage;
import io.envtune.curriculum.Ablation;
import io.envtune.platform.Plugins;
import io.envtune.platform.TaskOrigin;
import io.envtune.runtime.AtomicFiles;
import io.envtune.train.AblationRun;
import io.envtune.train.TrainRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code envtune:ablate}: the paper's ablations in miniature, several seeds each, on the same tasks. */
@Component(service = AblateCommands.class, property = {
    "osgi.command.scope=envtune", "osgi.command.function=ablate"})
public final class AblateCommands {

    private final Plugins plugins;

    /** @param plugins the platform's live plug-ins */
    @Activate
    public AblateCommands(@Reference Plugins plugins) {
        this.plugins = plugins;
    }

    /**
     * Trains every variant with every seed and prints the table (also in {@code ablation.json} and
     * {@code ablation.txt}). Finished runs in the output folder are read back, so re-running continues an ablation.
     *
     * @param o the options
     * @return the table
     * @throws IOException when a run folder cannot be written
     */
    @Descriptor("compare full curriculum, single-stage GRPO, augmentation off and binary reward over several seeds")
    public String ablate(
        @Descriptor("BFCL data folder; omit for the built-in tasks") @Parameter(names = "--bfcl", absentValue = "")
        String bfcl,
        @Descriptor("policy spec, default djl:builtin") @Parameter(names = "--policy", absentValue = "djl:builtin")
        String policy,
        @Descriptor("JSON file of stages; default: the paper's four") @Parameter(names = "--stages",
            absentValue = "") String stages,
        @Descriptor("training steps per run; default: the curriculum's budget") @Parameter(names = "--steps",
            absentValue = "0") int steps,
        @Descriptor("rollouts per task (GRPO group)") @Parameter(names = "--group-size", absentValue = "0")
        int groupSize,
        @Descriptor("tasks per step") @Parameter(names = "--batch", absentValue = "0") int batch,
        @Descriptor("number of seeds (7, 8, ...)") @Parameter(names = "--seeds", absentValue = "3") int seeds,
        @Descriptor("comma-separated: full,single_stage,no_augmentation,binary_reward") @Parameter(
            names = "--variants", absentValue = "full,single_stage,no_augmentation,binary_reward") String variants,
        @Descriptor("output folder (default runs/ablate-<time>)") @Parameter(names = "--out", absentValue = "")
        String out) throws IOException {
        if (seeds < 1) {
            throw new IllegalArgumentException("--seeds must be at least 1");
        }
        TrainSetup setup = TrainSetup.of(TaskOrigin.of(bfcl, ""), stages, plugins);
        // Every variant trains for the same number of steps: the chosen curriculum's budget unless told.
        int runSteps = steps > 0 ? steps : setup.profile().defaultSteps();
        Trainings trainings = new Trainings(plugins, System.out);
        List<Ablation> chosen = new ArrayList<>();
        for (String v : variants.split(",")) {
            chosen.add(Ablation.of(v));
        }
        List<Long> seedList = new ArrayList<>();
        for (int i = 0; i < seeds; i++) {
            seedList.add(7L + i);
        }
        Path dir = Path.of(!out.isBlank() ? out : TrainCommands.defaultRunDir().replace("runs/", "runs/ablate-"));
        List<Stage> curriculum = setup.stages();
        List<AblationRun.Result> results = AblationRun.run(chosen, seedList, curriculum, dir,
            (st, seed, runDir) -> trainings.run(setup, new TrainRequest(setup.profile().withStages(st), runSteps,
                groupSize, batch, seed, runDir), new Trainings.Origin(policy, bfcl, "", false)), System.out::println);
        String table = AblationRun.text(AblationRun.table(chosen, results));
        AtomicFiles.writeString(dir.resolve("ablation.txt"), table + "\n");
        return table + "\nablation: " + dir.toAbsolutePath();
    }
}
