package io.envtune.runtime;

import io.envtune.api.FeedbackAugmenter;
import io.envtune.api.FeedbackEvent;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The augmenters in chain order (descending service ranking): the first non-empty hint wins, as
 * {@link FeedbackAugmenter} specifies. An augmenter that throws is skipped for that event, so the raw message still
 * reaches the model, but never silently: its first failure is logged with the stack trace (once per augmenter and
 * chain; a run builds one chain), every failure is counted ({@link #failures()}, and per event in
 * {@link Answer#failures()}, which episodes add up into {@link io.envtune.api.EpisodeRecord#augmenterFailures()}).
 * Otherwise an augmented stage whose augmenter is broken would quietly train as a standard one. Thread-safe.
 */
public final class AugmenterChain {

    /** A chain without augmenters: standard feedback only. */
    public static final AugmenterChain EMPTY = new AugmenterChain(List.of());

    private static final System.Logger LOG = System.getLogger(AugmenterChain.class.getName());

    private final List<FeedbackAugmenter> augmenters;
    private final Set<FeedbackAugmenter> logged = ConcurrentHashMap.newKeySet();
    private final AtomicLong failures = new AtomicLong();

    /** @param augmenters the augmenters, highest ranking first */
    public AugmenterChain(List<FeedbackAugmenter> augmenters) {
        this.augmenters = List.copyOf(augmenters);
    }

    /**
     * What the chain gave for one event.
     *
     * @param hint the first non-blank hint, or empty
     * @param failures how many augmenters threw while it was sought
     * @since 1.3
     */
    public record Answer(Optional<String> hint, int failures) {
    }

    /**
     * @param event what happened
     * @return the first hint any augmenter gives
     */
    public Optional<String> hint(FeedbackEvent event) {
        return ask(event).hint();
    }

    /**
     * Offers the event down the chain, counting the augmenters that throw.
     *
     * @param event what happened
     * @return the first hint any augmenter gives, with the number of augmenters that threw before it
     * @since 1.3
     */
    public Answer ask(FeedbackEvent event) {
        int failed = 0;
        for (FeedbackAugmenter a : augmenters) {
            try {
                Optional<String> hint = a.hint(event);
                if (hint != null && hint.isPresent() && !hint.get().isBlank()) {
                    return new Answer(hint, failed);
                }
            } catch (RuntimeException | LinkageError e) {
                // An augmenter bug must not end the episode; the raw message still reaches the model.
                failed++;
                failed(a, event, e);
            }
        }
        return new Answer(Optional.empty(), failed);
    }

    private void failed(FeedbackAugmenter augmenter, FeedbackEvent event, Throwable e) {
        long total = failures.incrementAndGet();
        if (logged.add(augmenter)) {
            LOG.log(Level.WARNING, "envtune: augmenter " + augmenter.getClass().getName() + " threw on a "
                + event.kind() + " event; its hint is left out wherever it fails (logged once per augmenter, "
                + "counted in augmenterFailures; " + total + " failure(s) in this chain so far)", e);
        }
    }

    /** @return how many times an augmenter of this chain threw, since the chain was made */
    public long failures() {
        return failures.get();
    }
}
