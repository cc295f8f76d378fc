package io.envtune.api;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Completes conversations: the agent being evaluated or trained. Implementations must be thread-safe.
 */
@ConsumerType
public interface Policy {

    /** @return a name for records and reports */
    String name();

    /**
     * Samples {@code params.n()} completions for every conversation of the batch.
     *
     * @param batch the conversations
     * @param params the sampling parameters
     * @return one list of {@code n} completions per conversation, in batch order
     */
    List<List<Completion>> complete(List<Conversation> batch, SamplingParams params);
}
