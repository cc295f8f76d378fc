package io.envtune.policy.djl.internal;

import io.envtune.cli.CommandArgs;
import io.envtune.cli.Range;
import io.envtune.api.FeedbackAugmenter;
import io.envtune.runtime.AugmenterChain;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.felix.service.command.Descriptor;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * {@code envtune:sft}: the supervised warm start on oracle episodes. A Gogo command inside the DJL bundle, so no DJL
 * type crosses a bundle boundary; the work is in {@link Sft} (plain Java, tested without OSGi). Environments and
 * registered tasks come from the {@link DjlPolicyProvider}, which tracks them already; hints from the registered
 * augmenters.
 */
@Component(service = SftCommand.class, property = {"osgi.command.scope=envtune", "osgi.command.function=sft"})
public final class SftCommand {

    private final DjlPolicyProvider provider;
    private final Map<FeedbackAugmenter, Integer> augmenters = new ConcurrentHashMap<>();

    /** @param provider the DJL policy provider: environments, tasks and the built-in model */
    @Activate
    public SftCommand(@Reference DjlPolicyProvider provider) {
        this.provider = provider;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addAugmenter(FeedbackAugmenter a, Map<String, Object> props) {
        Object rank = props.get(Constants.SERVICE_RANKING);
        augmenters.put(a, rank instanceof Integer i ? i : 0);
    }

    void removeAugmenter(FeedbackAugmenter a) {
        augmenters.remove(a);
    }

    /** The one declaration of {@code envtune:sft}'s options. */
    @Command(description = "Supervised warm start: next-token loss on the assistant tokens of oracle episodes, "
        + "rendered exactly as RL episodes render them; writes a Hugging Face checkpoint that --policy djl:DIR loads.")
    static final class SftOptions {
        @Option(names = "--model", required = true, paramLabel = "DIR", description = "Hugging Face model folder, "
            + "builtin (the shipped warm-started model) or scratch (random weights, the warm start's recipe).")
        String model;

        @Option(names = "--data", required = true, paramLabel = "FILE", description = "records.jsonl of envtune:eval "
            + "--policy oracle --out DIR, or a tasks JSONL (BFCL task format).")
        String data;

        @Option(names = "--tasks", paramLabel = "FILE", description = "The tasks a records file was played on "
            + "(default: the registered tasks).")
        String tasks = "";

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Checkpoint folder.")
        String out;

        @Option(names = "--steps", paramLabel = "N", description = "Optimiser steps.")
        @Range(min = 1, max = 10_000_000)
        int steps = 200;

        @Option(names = "--lr", paramLabel = "LR", description = "Peak learning rate (warm-up, then cosine to a "
            + "tenth).")
        double lr = 0.001;

        @Option(names = "--seed", paramLabel = "N", description = "Data-order seed (and the built-in model's "
            + "initialisation seed).")
        long seed;

        @Option(names = "--batch", paramLabel = "N", description = "Episodes per step.")
        @Range(min = 1, max = 100_000)
        int batch = 8;

        @Option(names = "--save-every", paramLabel = "N", description = "Steps between checkpoints.")
        @Range(min = 1, max = 10_000_000)
        int saveEvery = 50;

        @Option(names = "--prompt", paramLabel = "VARIANTS", description = "System prompt variants, one per episode "
            + "in turn: A, B or A,B.")
        String prompt = "A,B";

        @Option(names = "--mode", paramLabel = "MODE", description = "Feedback the tasks are played with: standard or "
            + "augmented.")
        String mode = "standard";

        @Option(names = "--device", paramLabel = "DEVICE", description = "cpu, gpu or gpuN.")
        String device = "cpu";

        @Option(names = "--resume", description = "Continue from the checkpoint in --out (same data, seed, batch, "
            + "steps and lr).")
        boolean resume;
    }

    /**
     * Trains a model on oracle episodes; options in {@link SftOptions}.
     *
     * @param args the raw words after the command name
     * @return the closing summary, or the help text
     * @throws Exception when the data cannot be read or the checkpoint written
     */
    @Descriptor("supervised warm start: next-token loss on the assistant tokens of oracle episodes, rendered exactly "
        + "as RL episodes render them; writes a Hugging Face checkpoint that --policy djl:DIR loads")
    public Object sft(@Descriptor("options; see envtune:sft --help") String... args) throws Exception {
        return CommandArgs.run("envtune:sft", new SftOptions(), args, this::sft);
    }

    private String sft(SftOptions o) {
        SftRequest req = new SftRequest(o.model, o.data, o.tasks, o.out,
            new SftSettings(o.steps, o.lr, o.seed, o.batch, o.saveEvery, 8192), o.prompt + "/" + o.mode, o.device,
            o.resume);
        Sft.World world = new Sft.World(provider::environment, chain(), provider::task, provider::builtinDir,
            provider::shippedDir);
        return Sft.run(req, world, System.out::println);
    }

    private AugmenterChain chain() {
        List<Map.Entry<FeedbackAugmenter, Integer>> ranked = new ArrayList<>(augmenters.entrySet());
        ranked.sort(Map.Entry.<FeedbackAugmenter, Integer>comparingByValue(Comparator.reverseOrder()));
        return new AugmenterChain(ranked.stream().map(Map.Entry::getKey).toList());
    }
}
