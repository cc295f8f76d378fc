package io.envtune.policy.djl.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The warm-start loop: a fixed data order (episodes shuffled per epoch by seed and epoch, {@code batch} per step), a
 * step, a progress line, and a checkpoint every {@code saveEvery} steps and at the end. A resumed run restores weights,
 * optimiser state and step from the output folder and continues with the same data order, so it ends where an
 * uninterrupted run ends.
 */
public final class SftRun {

    /** Checkpoint metadata: steps of the data order done (a skipped optimiser step counts here, not there). */
    static final String DONE = "sft_steps_done";


    private final SftTrainer trainer;
    private final List<List<TrainBatch.Item>> episodes;
    private final SftSettings settings;
    private final Map<Integer, int[]> orders = new HashMap<>();

    /**
     * @param trainer the trainer (its model folder is where the run starts)
     * @param episodes per episode, its sequences
     * @param settings the settings
     */
    public SftRun(SftTrainer trainer, List<List<TrainBatch.Item>> episodes, SftSettings settings) {
        if (episodes.isEmpty()) {
            throw new IllegalArgumentException("no episodes to learn from");
        }
        this.trainer = trainer;
        this.episodes = List.copyOf(episodes);
        this.settings = settings;
    }

    /**
     * One step's line of the loss curve.
     *
     * @param step the step number from 1
     * @param stats the trainer's figures
     * @param learningRate the step's learning rate
     * @param seconds the step's wall time
     */
    public record Progress(int step, SftTrainer.Stats stats, double learningRate, double seconds) {

        /** @return e.g. {@code step 12/200 loss 1.2345 lr 1.00e-03 tokens 3456 (2345 tokens/s) grad 1.23} */
        public String line(int steps) {
            return String.format("step %d/%d loss %.4f lr %.2e tokens %d (%.0f tokens/s) grad %.2f", step, steps,
                    stats.loss(), learningRate, stats.tokens(), stats.tokens() / Math.max(1e-9, seconds),
                    stats.gradNorm());
        }
    }

    /**
     * Trains to {@code settings.steps()}.
     *
     * @param out the checkpoint folder
     * @param resume whether to continue from the checkpoint in {@code out}
     * @param progress receives every step's figures
     * @return the steps run by this call
     * @throws IllegalArgumentException when resuming from a folder made with other settings or data
     */
    public List<Progress> run(Path out, boolean resume, Consumer<Progress> progress) {
        Map<String, String> meta = new HashMap<>(settings.metadata());
        meta.put("sft_data_sha256", dataHash());
        int start = resume ? resumeFrom(out, meta) : 0;
        List<Progress> done = new ArrayList<>();
        for (int step = start; step < settings.steps(); step++) {
            long t0 = System.nanoTime();
            SftTrainer.Stats stats = trainer.step(batch(step), settings.optimizer(step));
            Progress p = new Progress(step + 1, stats, settings.learningRate(step), (System.nanoTime() - t0) / 1e9);
            done.add(p);
            progress.accept(p);
            if (step + 1 == settings.steps() || (step + 1) % settings.saveEvery() == 0) {
                Map<String, String> saved = new HashMap<>(meta);
                saved.put(DONE, Integer.toString(step + 1));
                trainer.save(out, saved);
            }
        }
        return done;
    }

    private int resumeFrom(Path out, Map<String, String> meta) {
        if (!Files.isRegularFile(out.resolve(Weights.SINGLE))) {
            throw new IllegalArgumentException("--resume: " + out + " holds no checkpoint");
        }
        Map<String, String> saved = trainer.restore(out);
        for (Map.Entry<String, String> e : meta.entrySet()) {
            if (!e.getValue().equals(saved.get(e.getKey()))) {
                throw new IllegalArgumentException("--resume: " + out + " was made with " + e.getKey() + "="
                        + saved.get(e.getKey()) + ", this run has " + e.getValue());
            }
        }
        // the data position, not the optimiser's count: a step skipped for a non-finite gradient moved the first
        // and not the second, and resuming from the second would replay a batch
        String done = saved.get(DONE);
        return done != null ? Integer.parseInt(done) : Math.toIntExact(trainer.steps());
    }

    /**
     * @param step a step index from 0
     * @return its sequences: episodes {@code step·batch …} of the seeded per-epoch order
     */
    List<TrainBatch.Item> batch(int step) {
        List<TrainBatch.Item> out = new ArrayList<>();
        for (int i = 0; i < settings.batch(); i++) {
            long k = (long) step * settings.batch() + i;
            int epoch = Math.toIntExact(k / episodes.size());
            int[] order = orders.computeIfAbsent(epoch, this::order);
            out.addAll(episodes.get(order[(int) (k % episodes.size())]));
        }
        return out;
    }

    private int[] order(int epoch) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < episodes.size(); i++) {
            idx.add(i);
        }
        Collections.shuffle(idx, new Random(settings.seed() * 1_000_003L + epoch));
        return idx.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A digest of every token and loss position, so a resume on other data is refused. */
    private String dataHash() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (List<TrainBatch.Item> e : episodes) {
                for (TrainBatch.Item it : e) {
                    StringBuilder sb = new StringBuilder();
                    for (long t : it.tokens()) {
                        sb.append(t).append(',');
                    }
                    for (int a : it.lossAt()) {
                        sb.append(a).append(';');
                    }
                    md.update(sb.append('|').toString().getBytes(StandardCharsets.US_ASCII));
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
