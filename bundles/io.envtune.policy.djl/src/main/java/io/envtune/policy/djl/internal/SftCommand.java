package io.envtune.policy.djl.internal;

import io.envtune.api.FeedbackAugmenter;
import io.envtune.runtime.AugmenterChain;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
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

    /**
     * Trains a model on oracle episodes; see the parameter descriptions.
     *
     * @param model a model folder or {@code builtin}
     * @param data oracle records or tasks
     * @param tasks the tasks file of a records file
     * @param out the checkpoint folder
     * @param steps optimiser steps
     * @param lr the peak learning rate
     * @param seed data-order seed
     * @param batch episodes per step
     * @param saveEvery steps between checkpoints
     * @param prompt prompt variants
     * @param mode feedback mode
     * @param device cpu or gpu
     * @param resume continue from the checkpoint in out
     * @return the closing summary
     */
    @Descriptor("supervised warm start: next-token loss on the assistant tokens of oracle episodes, rendered exactly "
        + "as RL episodes render them; writes a Hugging Face checkpoint that --policy djl:DIR loads")
    public String sft(
        @Descriptor("Hugging Face model folder, or builtin") @Parameter(names = "--model", absentValue = "")
        String model,
        @Descriptor("records.jsonl of envtune:eval --policy oracle --out DIR, or a tasks JSONL (BFCL task format)")
        @Parameter(names = "--data", absentValue = "") String data,
        @Descriptor("the tasks a records file was played on (default: the registered tasks)")
        @Parameter(names = "--tasks", absentValue = "") String tasks,
        @Descriptor("checkpoint folder") @Parameter(names = "--out", absentValue = "") String out,
        @Descriptor("optimiser steps") @Parameter(names = "--steps", absentValue = "200") int steps,
        @Descriptor("peak learning rate (warm-up, then cosine to a tenth)") @Parameter(names = "--lr",
            absentValue = "0.001") double lr,
        @Descriptor("data-order seed (and the built-in model's initialisation seed)") @Parameter(names = "--seed",
            absentValue = "0") long seed,
        @Descriptor("episodes per step") @Parameter(names = "--batch", absentValue = "8") int batch,
        @Descriptor("steps between checkpoints") @Parameter(names = "--save-every", absentValue = "50") int saveEvery,
        @Descriptor("system prompt variants, one per episode in turn: A, B or A,B") @Parameter(names = "--prompt",
            absentValue = "A,B") String prompt,
        @Descriptor("feedback the tasks are played with: standard or augmented") @Parameter(names = "--mode",
            absentValue = "standard") String mode,
        @Descriptor("cpu, gpu or gpuN") @Parameter(names = "--device", absentValue = "cpu") String device,
        @Descriptor("continue from the checkpoint in --out (same data, seed, batch, steps and lr)")
        @Parameter(names = "--resume", presentValue = "true", absentValue = "false") boolean resume) {
        SftRequest req = new SftRequest(model, data, tasks, out,
            new SftSettings(steps, lr, seed, batch, saveEvery, 8192), prompt + "/" + mode, device, resume);
        Sft.World world = new Sft.World(provider::environment, chain(), provider::task, provider::builtinDir);
        return Sft.run(req, world, System.out::println);
    }

    private AugmenterChain chain() {
        List<Map.Entry<FeedbackAugmenter, Integer>> ranked = new ArrayList<>(augmenters.entrySet());
        ranked.sort(Map.Entry.<FeedbackAugmenter, Integer>comparingByValue(Comparator.reverseOrder()));
        return new AugmenterChain(ranked.stream().map(Map.Entry::getKey).toList());
    }
}
