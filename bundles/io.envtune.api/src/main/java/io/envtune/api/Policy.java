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

    /**
     * Whether responses are decoded under the response-format grammar. Such responses are well-formed by
     * construction, so format validity is only meaningful when measured on {@link #unconstrained()}.
     *
     * @return true when decoding is grammar-constrained; false by default
     * @since 1.3
     */
    default boolean constrained() {
        return false;
    }

    /**
     * The same policy (same weights, same state) decoding without any grammar, for measurements that must not
     * depend on constrained decoding.
     *
     * @return a view that samples unconstrained; this policy itself when it never constrains
     * @since 1.3
     */
    default Policy unconstrained() {
        return this;
    }
}
