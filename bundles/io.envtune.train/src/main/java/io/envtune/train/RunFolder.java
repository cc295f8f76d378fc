package io.envtune.train;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import io.envtune.api.EpisodeRecord;
import io.envtune.api.Reward;
import io.envtune.runtime.AtomicFiles;
import io.envtune.runtime.RecordJson;
import io.envtune.train.internal.RewardLedger;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of a training run, every one written atomically: {@code config.json}, {@code metrics.jsonl},
 * {@code records/step-NNNNN.jsonl}, {@code checkpoints/step-NNNNN/} (policy + curriculum state), {@code state.json}
 * (the last complete step and its checkpoint), {@code curriculum.json} and {@code summary.json}.
 */
public final class RunFolder {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues()
        .disableHtmlEscaping().create();
    private static final Gson LINE = new GsonBuilder().serializeSpecialFloatingPointValues().create();

    private final Path dir;

    /** @param dir the run folder (created when missing) */
    public RunFolder(Path dir) {
        this.dir = dir.toAbsolutePath();
    }

    /** @return the folder */
    public Path dir() {
        return dir;
    }

    /** @return where the curriculum persists its state */
    public Path curriculumState() {
        return dir.resolve("curriculum.json");
    }

    /**
     * @param name a file name in the run folder
     * @param value any Gson-serialisable value
     * @throws IOException when writing fails
     */
    public void writeJson(String name, Object value) throws IOException {
        AtomicFiles.writeString(dir.resolve(name), GSON.toJson(value) + "\n");
    }

    /**
     * @param <T> the type
     * @param name a file name in the run folder
     * @param type its class
     * @return the value, or null when the file does not exist
     * @throws IOException when reading fails
     */
    public <T> T readJson(String name, Class<T> type) throws IOException {
        Path p = dir.resolve(name);
        return Files.exists(p) ? GSON.fromJson(Files.readString(p, StandardCharsets.UTF_8), type) : null;
    }

    /**
     * Rewrites the metrics file with the given lines (the history up to the last checkpoint plus the new step).
     *
     * @param lines every step so far
     * @throws IOException when writing fails
     */
    public void writeMetrics(List<StepLog> lines) throws IOException {
        AtomicFiles.write(dir.resolve("metrics.jsonl"), w -> {
            for (StepLog l : lines) {
                w.write(LINE.toJson(l));
                w.write('\n');
            }
        });
    }

    /**
     * @param upToStep the last step to keep
     * @return the metrics lines of steps 1..upToStep
     * @throws IOException when reading fails
     */
    public List<StepLog> readMetrics(long upToStep) throws IOException {
        Path p = dir.resolve("metrics.jsonl");
        List<StepLog> out = new ArrayList<>();
        if (Files.exists(p)) {
            for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                StepLog l = line.isBlank() ? null : LINE.fromJson(line, StepLog.class);
                if (l != null && l.step() <= upToStep) {
                    out.add(l);
                }
            }
        }
        return out;
    }

    /**
     * @param step the step
     * @param records its episodes
     * @throws IOException when writing fails
     */
    public void writeRecords(long step, List<EpisodeRecord> records) throws IOException {
        RecordJson.write(dir.resolve("records").resolve(String.format("step-%05d.jsonl", step)), records);
    }

    /**
     * Writes a step's records, each line with the reward its episode was trained on: the plain record fields as
     * {@link #writeRecords(long, List)} writes them, then {@code "reward": {"value": v, "components": {name: value}}}.
     *
     * @param step the step
     * @param records its episodes
     * @param rewards each episode's reward, in the same order
     * @throws IOException when writing fails
     * @throws IllegalArgumentException when the two lists differ in length
     * @since 3.2
     */
    public void writeRecords(long step, List<EpisodeRecord> records, List<Reward> rewards) throws IOException {
        if (records.size() != rewards.size()) {
            throw new IllegalArgumentException(records.size() + " records but " + rewards.size() + " rewards");
        }
        AtomicFiles.write(dir.resolve("records").resolve(String.format("step-%05d.jsonl", step)), w -> {
            for (int i = 0; i < records.size(); i++) {
                w.write(RewardLedger.line(records.get(i), rewards.get(i)));
                w.write('\n');
            }
        });
    }

    /**
     * Writes the records of a before/after evaluation as {@code records/eval-NAME.jsonl}, atomically.
     *
     * @param name e.g. {@code before-train}
     * @param records the episodes
     * @throws IOException when the file cannot be written
     */
    public void writeEvalRecords(String name, List<EpisodeRecord> records) throws IOException {
        RecordJson.write(dir.resolve("records").resolve("eval-" + name + ".jsonl"), records);
    }

    /**
     * The folder a checkpoint is built in before {@link #commitCheckpoint} renames it into place.
     *
     * @param step the step
     * @return an empty temporary folder
     * @throws IOException when it cannot be created
     */
    public Path stagingCheckpoint(long step) throws IOException {
        Path tmp = dir.resolve("checkpoints").resolve(String.format(".step-%05d.tmp", step));
        deleteTree(tmp);
        Files.createDirectories(tmp);
        return tmp;
    }

    /**
     * Renames a staged checkpoint into place. Older checkpoints stay until {@link #pruneCheckpoints(String)}, which
     * the caller runs only after {@code state.json} names the new one: a kill in between never leaves a state that
     * points to a deleted checkpoint.
     *
     * @param step the step
     * @param staged the staged folder
     * @return the final folder
     * @throws IOException when the rename fails
     */
    public Path commitCheckpoint(long step, Path staged) throws IOException {
        Path target = dir.resolve("checkpoints").resolve(String.format("step-%05d", step));
        deleteTree(target);
        Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    /**
     * Deletes every checkpoint but the named one (and staging leftovers).
     *
     * @param keep the checkpoint folder name to keep
     * @throws IOException when a folder cannot be deleted
     */
    public void pruneCheckpoints(String keep) throws IOException {
        try (Stream<Path> old = Files.list(dir.resolve("checkpoints"))) {
            for (Path p : old.filter(p -> !p.getFileName().toString().equals(keep)).toList()) {
                deleteTree(p);
            }
        }
    }

    /**
     * Deletes the temporary files a killed process left behind (atomic writes that never reached their rename).
     *
     * @throws IOException when a file cannot be deleted
     */
    public void removeStaleTemporaries() throws IOException {
        for (Path d : List.of(dir, dir.resolve("records"))) {
            if (Files.isDirectory(d)) {
                try (Stream<Path> files = Files.list(d)) {
                    for (Path p : files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }
}
