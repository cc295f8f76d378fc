package io.envtune.runtime;

import io.envtune.api.FeedbackAugmenter;
import io.envtune.api.FeedbackEvent;
import java.util.List;
import java.util.Optional;

/**
 * The augmenters in chain order (descending service ranking): the first non-empty hint wins, as
 * {@link FeedbackAugmenter} specifies. A throwing augmenter is skipped. Immutable and thread-safe.
 */
public final class AugmenterChain {

    /** A chain without augmenters: standard feedback only. */
    public static final AugmenterChain EMPTY = new AugmenterChain(List.of());

    private final List<FeedbackAugmenter> augmenters;

    /** @param augmenters the augmenters, highest ranking first */
    public AugmenterChain(List<FeedbackAugmenter> augmenters) {
        this.augmenters = List.copyOf(augmenters);
    }

    /**
     * @param event what happened
     * @return the first hint any augmenter gives
     */
    public Optional<String> hint(FeedbackEvent event) {
        for (FeedbackAugmenter a : augmenters) {
            try {
                Optional<String> hint = a.hint(event);
                if (hint != null && hint.isPresent() && !hint.get().isBlank()) {
                    return hint;
                }
            } catch (RuntimeException e) {
                // An augmenter bug must not end the episode; the raw message still reaches the model.
                continue;
            }
        }
        return Optional.empty();
    }
}
