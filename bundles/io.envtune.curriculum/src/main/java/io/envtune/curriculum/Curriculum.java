package io.envtune.curriculum;

import io.envtune.api.CurriculumScheduler;
import io.envtune.api.Stage;
import io.envtune.api.StepMetrics;
import io.envtune.curriculum.internal.CurriculumState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The curriculum scheduler: ordered stages, the current one, the recent metrics of the current stage, promotion by
 * {@link PromotionCheck} or by hand. When a state file is given, every change is written to it atomically and an
 * existing file is read on construction, so a killed run resumes in the same stage. Thread-safe.
 */
public final class Curriculum implements CurriculumScheduler {

    private final List<Stage> stages;
    private final Path stateFile;
    private CurriculumState state;

    /**
     * @param stages the stages in order (at least one)
     * @param stateFile where to persist the state, or null to keep it in memory only
     * @throws IllegalArgumentException when the stages are empty or the state file does not match them
     */
    public Curriculum(List<Stage> stages, Path stateFile) {
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("the curriculum needs at least one stage");
        }
        this.stages = List.copyOf(stages);
        this.stateFile = stateFile;
        this.state = stateFile != null && Files.exists(stateFile) ? CurriculumState.read(stateFile)
            : CurriculumState.initial();
        if (state.stageIndex() >= stages.size()) {
            throw new IllegalArgumentException("state file " + stateFile + " is at stage " + state.stageIndex()
                + " but the curriculum has " + stages.size() + " stages");
        }
    }

    @Override
    public List<Stage> stages() {
        return stages;
    }

    @Override
    public synchronized Stage current() {
        return stages.get(state.stageIndex());
    }

    /** @return the index of the current stage */
    public synchronized int currentIndex() {
        return state.stageIndex();
    }

    /** @return steps taken in the current stage */
    public synchronized long stepsInStage() {
        return state.stepsInStage();
    }

    @Override
    public synchronized boolean observe(StepMetrics metrics) {
        Stage stage = current();
        List<StepMetrics> recent = new ArrayList<>(state.recent());
        recent.add(metrics);
        int keep = Math.max(1, stage.promotion().window()) * 4;
        if (recent.size() > keep) {
            recent = new ArrayList<>(recent.subList(recent.size() - keep, recent.size()));
        }
        state = new CurriculumState(state.stageIndex(), state.stepsInStage() + 1, recent);
        boolean promote = state.stageIndex() < stages.size() - 1
            && PromotionCheck.shouldPromote(stage.promotion(), state.stepsInStage(), recent);
        if (promote) {
            state = new CurriculumState(state.stageIndex() + 1, 0, List.of());
        }
        persist();
        return promote;
    }

    @Override
    public synchronized Stage promote() {
        if (state.stageIndex() < stages.size() - 1) {
            state = new CurriculumState(state.stageIndex() + 1, 0, List.of());
            persist();
        }
        return current();
    }

    /**
     * Writes the current state to the state file (if any), so a run folder holds it from its first step on.
     *
     * @throws java.io.UncheckedIOException when the state file cannot be written
     */
    public synchronized void save() {
        persist();
    }

    private void persist() {
        if (stateFile == null) {
            return;
        }
        try {
            state.write(stateFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write curriculum state " + stateFile, e);
        }
    }
}
