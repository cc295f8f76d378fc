package io.envtune.report.internal;

/**
 * The part of {@code curriculum.json} (the curriculum's persisted state) the report shows.
 *
 * @param stageIndex the current stage, 0-based
 * @param stepsInStage steps taken in it
 */
public record CurriculumData(int stageIndex, long stepsInStage) {
}
