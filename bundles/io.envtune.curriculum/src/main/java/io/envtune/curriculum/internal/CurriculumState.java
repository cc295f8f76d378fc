package io.envtune.curriculum.internal;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import io.envtune.api.StepMetrics;
import io.envtune.runtime.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The persisted part of a curriculum: stage index, steps in the stage, and the stage's recent metrics.
 *
 * @param stageIndex the current stage
 * @param stepsInStage steps taken in it
 * @param recent its recent metrics, oldest first
 */
public record CurriculumState(int stageIndex, long stepsInStage, List<StepMetrics> recent) {

    private static final Gson GSON = new Gson().newBuilder().serializeSpecialFloatingPointValues().create();

    /** Copies the metrics so the record stays immutable. */
    public CurriculumState {
        recent = List.copyOf(recent);
    }

    /** @return stage 0, no steps */
    public static CurriculumState initial() {
        return new CurriculumState(0, 0, List.of());
    }

    /**
     * @param file a state file
     * @return the state it holds
     * @throws IllegalArgumentException when the file cannot be read or is not a state
     */
    public static CurriculumState read(Path file) {
        try {
            CurriculumState s = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), CurriculumState.class);
            if (s == null || s.stageIndex() < 0 || s.recent() == null) {
                throw new IllegalArgumentException("not a curriculum state: " + file);
            }
            return s;
        } catch (IOException | JsonParseException e) {
            throw new IllegalArgumentException("cannot read curriculum state " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes atomically: a temporary file beside the target, then a rename.
     *
     * @param file the state file
     * @throws IOException when writing fails; the previous file is then untouched
     */
    public void write(Path file) throws IOException {
        AtomicFiles.writeString(file, GSON.toJson(this));
    }
}
