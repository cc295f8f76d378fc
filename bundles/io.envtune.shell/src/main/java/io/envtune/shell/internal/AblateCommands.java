package io.envtune.shell.internal;

import io.envtune.cli.CommandArgs;
import io.envtune.cli.Range;
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
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Option;

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

    /** Reads an ablation by its key; an unknown key is refused with the known ones. */
    static final class AblationKey implements ITypeConverter<Ablation> {
        @Override
        public Ablation convert(String value) {
            try {
                return Ablation.of(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** The one declaration of {@code envtune:ablate}'s options. */
    @Command(description = "Compare full curriculum, single-stage GRPO, augmentation off and binary reward over "
        + "several seeds on the same tasks. Finished runs in --out are read back, so re-running continues.")
    static final class AblateOptions {
        @Option(names = "--bfcl", paramLabel = "DIR", description = "BFCL data folder; omit for the built-in tasks.")
        String bfcl = "";

        @Option(names = "--policy", paramLabel = "SPEC", description = "Policy spec: djl:builtin or djl:DIR.")
        String policy = "djl:builtin";

        @Option(names = "--stages", paramLabel = "FILE", description = "JSON file of stages; default: the paper's "
            + "four.")
        String stages = "";

        @Option(names = "--steps", paramLabel = "N", description = "Training steps per run. Default: the "
            + "curriculum's budget.")
        @Range(min = 1, max = 1_000_000)
        Integer steps;

        @Option(names = "--group-size", paramLabel = "N", description = "Rollouts per task (GRPO group). Default: "
            + "the profile's.")
        @Range(min = 1, max = 1024)
        Integer groupSize;

        @Option(names = "--batch", paramLabel = "N", description = "Tasks per step. Default: the profile's.")
        @Range(min = 1, max = 100_000)
        Integer batch;

        @Option(names = "--seeds", paramLabel = "N", description = "Number of seeds (7, 8, ...).")
        @Range(min = 1, max = 100)
        int seeds = 3;

        @Option(names = "--variants", split = ",", paramLabel = "VARIANT", converter = AblationKey.class,
            description = "Comma-separated, of: full, single_stage, no_augmentation, binary_reward. Default: all four.")
        List<Ablation> variants = List.of(Ablation.values());

        @Option(names = "--out", paramLabel = "DIR", description = "Output folder. Default: runs/ablate-<time>.")
        String out;
    }

    /**
     * Trains every variant with every seed and prints the table (also in {@code ablation.json} and
     * {@code ablation.txt}); options in {@link AblateOptions}.
     *
     * @param args the raw words after the command name
     * @return the table, or the help text
     * @throws Exception when a run folder cannot be written
     */
    @Descriptor("compare full curriculum, single-stage GRPO, augmentation off and binary reward over several seeds")
    public Object ablate(@Descriptor("options; see envtune:ablate --help") String... args) throws Exception {
        return CommandArgs.run("envtune:ablate", new AblateOptions(), args, this::ablate);
    }

    private String ablate(AblateOptions o) throws IOException {
        String bfcl = o.bfcl;
        String policy = o.policy;
        int groupSize = TrainOptions.orZero(o.groupSize);
        int batch = TrainOptions.orZero(o.batch);
        String out = o.out == null ? "" : o.out;
        TrainSetup setup = TrainSetup.of(TaskOrigin.of(bfcl, ""), o.stages, plugins);
        // Every variant trains for the same number of steps: the chosen curriculum's budget unless told.
        int runSteps = o.steps != null ? o.steps : setup.profile().defaultSteps();
        Trainings trainings = new Trainings(plugins, System.out);
        List<Ablation> chosen = List.copyOf(new LinkedHashSet<>(o.variants));
        List<Long> seedList = new ArrayList<>();
        for (int i = 0; i < o.seeds; i++) {
            seedList.add(7L + i);
        }
        Path dir = Path.of(!out.isBlank() ? out : TrainCommands.defaultRunDir().replace("runs/", "runs/ablate-"));
        List<Stage> curriculum = setup.stages();
        List<AblationRun.Result> results = AblationRun.run(chosen, seedList, curriculum, dir,
            (st, seed, runDir) -> trainings.run(setup, new TrainRequest(setup.profile().withStages(st), runSteps,
                groupSize, batch, seed, runDir), new Trainings.Origin(policy, bfcl, "", "", false)), System.out::println);
        String table = AblationRun.text(AblationRun.table(chosen, results));
        AtomicFiles.writeString(dir.resolve("ablation.txt"), table + "\n");
        return table + "\nablation: " + dir.toAbsolutePath();
    }
}
