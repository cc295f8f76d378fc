package io.envtune.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Holds the curriculum: the ordered stages, the current one, and the promotion decision. Thread-safe.
 */
@ProviderType
public interface CurriculumScheduler {

    /** @return every stage in order */
    List<Stage> stages();

    /** @return the stage now being trained */
    Stage current();

    /**
     * Records the metrics of a step and promotes when the current stage's rule says so.
     *
     * @param metrics the step's metrics
     * @return true when this observation promoted to the next stage
     */
    boolean observe(StepMetrics metrics);

    /**
     * Moves to the next stage now (manual promotion).
     *
     * @return the new current stage; the last stage stays current
     */
    Stage promote();
}
