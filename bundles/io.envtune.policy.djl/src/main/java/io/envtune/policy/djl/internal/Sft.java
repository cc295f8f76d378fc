package io.envtune.policy.djl.internal;

import io.envtune.api.ChatMessage;
import io.envtune.api.Task;
import io.envtune.api.ToolEnvironment;
import io.envtune.runtime.AugmenterChain;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code envtune:sft} without OSGi: reads the data, renders the oracle episodes through the episode protocol,
 * tokenises them with the model's own tokenizer and chat template, and trains ({@link SftRun}).
 */
public final class Sft {

    private Sft() {
    }

    /**
     * What the job needs from the running platform.
     *
     * @param lookup the environment of each class id (null when not registered)
     * @param augmenters the hint chain (augmented mode)
     * @param registeredTasks the registered task sources' task of an id, or null
     * @param scratch writes a fresh random-weight built-in model (seed, extra vocabulary texts) and gives its folder
     * @param shipped writes a fresh copy of the shipped warm-started built-in model and gives its folder
     */
    public record World(Function<String, ToolEnvironment> lookup, AugmenterChain augmenters,
                        Function<String, Task> registeredTasks, BiFunction<Long, List<String>, Path> scratch,
                        Supplier<Path> shipped) {
    }

    /**
     * Runs the warm start. For {@code --model scratch} a fresh random-weight built-in model is written first, its
     * vocabulary also made from the data's texts (questions, tool results, responses), and deleted afterwards;
     * {@code --model builtin} starts from a copy of the shipped warm-started model.
     *
     * @param req the request
     * @param world environments, augmenters, tasks, the built-in model
     * @param lines receives the progress lines
     * @return the closing summary
     */
    public static String run(SftRequest req, World world, Consumer<String> lines) {
        long t0 = System.nanoTime();
        SftData.Result data = episodes(req, world);
        if (!data.skipped().isEmpty()) {
            lines.accept("# left out " + data.skipped().size() + " tasks whose oracle episode did not pass every turn, "
                    + "first: " + data.skipped().get(0));
        }
        if (data.episodes().isEmpty()) {
            throw new IllegalArgumentException("--data " + req.data() + ": no oracle episode to learn from");
        }
        if (!req.model().equals("builtin") && !req.model().equals("scratch")) {
            return train(req, Path.of(req.model()), data.episodes(), lines, t0);
        }
        Path dir = req.model().equals("builtin") ? world.shipped().get()
            : world.scratch().apply(req.settings().seed(), texts(data.episodes()));
        try {
            return train(req, dir, data.episodes(), lines, t0);
        } finally {
            Checkpoints.deleteQuietly(dir);
        }
    }

    private static List<String> texts(List<SftEpisode> episodes) {
        List<String> out = new ArrayList<>();
        for (SftEpisode e : episodes) {
            SftEpisode.Step last = e.steps().get(e.steps().size() - 1);
            last.context().messages().stream().skip(1).map(ChatMessage::content).forEach(out::add);
            out.add(last.response());
        }
        return out;
    }

    private static String train(SftRequest req, Path modelDir, List<SftEpisode> episodes, Consumer<String> lines,
                                long t0) {
        if (!Files.isRegularFile(modelDir.resolve("config.json"))) {
            throw new IllegalArgumentException("--model " + req.model() + " is not a model folder (no config.json)");
        }
        Path out = Path.of(req.out());
        try (SftTrainer trainer = new SftTrainer(modelDir, req.device());
             ModelTokenizer tokenizer = ModelTokenizer.load(modelDir, trainer.config())) {
            List<List<TrainBatch.Item>> items = SftTokens.all(episodes, tokenizer);
            long trained = items.stream().flatMap(List::stream).mapToLong(i -> i.lossAt().length).sum();
            lines.accept(String.format("# %d oracle episodes, %d assistant tokens, %.1f s to render and tokenise",
                    items.size(), trained, (System.nanoTime() - t0) / 1e9));
            List<SftRun.Progress> steps = new SftRun(trainer, items, req.settings()).run(out, req.resume(),
                    p -> lines.accept(p.line(req.settings().steps())));
            double last = steps.isEmpty() ? Double.NaN : steps.get(steps.size() - 1).stats().loss();
            // the optimiser skips a step whose gradient is not finite, so its count can trail the steps run
            return String.format("%d steps (%d optimiser updates in all), last loss %.4f -> %s (load with --policy "
                    + "djl:%s)", steps.size(), trainer.steps(), last, out.toAbsolutePath(), out.toAbsolutePath());
        }
    }

    private static SftData.Result episodes(SftRequest req, World world) {
        SftInput input = SftInput.read(Path.of(req.data()));
        SftData.Plan plan = new SftData.Plan(req.variants(), req.feedbackMode(), 5, world.lookup(),
                world.augmenters());
        if (!input.tasks().isEmpty()) {
            return SftData.fromTasks(input.tasks(), plan);
        }
        Function<String, Task> tasks = world.registeredTasks();
        if (!req.tasks().isBlank()) {
            Map<String, Task> byId = new HashMap<>();
            SftInput.readTasks(Path.of(req.tasks())).forEach(t -> byId.put(t.id(), t));
            tasks = byId::get;
        }
        return SftData.fromRecords(input.records(), tasks, plan);
    }
}
