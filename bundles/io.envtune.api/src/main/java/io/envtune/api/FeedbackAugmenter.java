package io.envtune.api;

import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Turns a feedback event into an actionable hint (the paper's environment augmentation).
 *
 * <p><b>Chain rule.</b> In augmented mode the runtime offers each event to every registered augmenter in descending
 * {@code service.ranking} order (ties: lower {@code service.id} first); the first non-empty hint is shown after the
 * raw message and the rest are not asked. Hints name the cause and point the way (which tool lists valid values,
 * which argument is wrong) and never reveal ground-truth arguments. Scoring never sees hints.
 * Implementations must be thread-safe and must not throw; a throwing augmenter is skipped.
 */
@ConsumerType
public interface FeedbackAugmenter {

    /**
     * @param event what happened
     * @return the hint, or empty to let the next augmenter try
     */
    Optional<String> hint(FeedbackEvent event);
}
