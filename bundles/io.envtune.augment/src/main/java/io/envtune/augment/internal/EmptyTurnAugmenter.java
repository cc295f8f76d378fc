package io.envtune.augment.internal;

import io.envtune.api.FeedbackAugmenter;
import io.envtune.api.FeedbackEvent;
import io.envtune.api.FeedbackKind;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;

/** After tool calls in a turn that cannot be completed: ask for what is missing instead of guessing. */
@Component(service = FeedbackAugmenter.class, property = "service.ranking:Integer=0")
public final class EmptyTurnAugmenter implements FeedbackAugmenter {

    @Override
    public Optional<String> hint(FeedbackEvent event) {
        if (event.kind() != FeedbackKind.CALL_IN_EMPTY_TURN) {
            return Optional.empty();
        }
        return Optional.of("In the previous request a needed function or parameter was missing. When no offered "
            + "tool can do the job or a required value is unknown, do not guess a call: reply with <answer> and ask "
            + "for exactly what is missing.");
    }
}
