package io.envtune.api;

import java.nio.file.Path;
import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A policy that can be trained with GRPO and checkpointed.
 */
@ConsumerType
public interface TrainablePolicy extends Policy {

    /**
     * Performs one policy-gradient update on scored groups.
     *
     * @param groups the groups of this step
     * @return what the update did
     */
    UpdateStats update(List<ScoredGroup> groups);

    /**
     * Writes the weights (safetensors with Hugging Face names) and optimiser state atomically.
     *
     * @param dir the checkpoint folder
     */
    void save(Path dir);

    /**
     * Loads weights and optimiser state written by {@link #save(Path)}.
     *
     * @param dir the checkpoint folder
     */
    void load(Path dir);
}
