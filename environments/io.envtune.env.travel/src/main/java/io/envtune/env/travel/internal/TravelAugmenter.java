package io.envtune.env.travel.internal;

import io.envtune.api.FeedbackAugmenter;
import io.envtune.api.FeedbackEvent;
import io.envtune.api.FeedbackKind;
import io.envtune.api.ToolFailure;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;

/**
 * Environment Tuning's actionable travel errors (PORTING.md §10) as a hint layer over the unchanged BFCL messages:
 * which airport code is unknown (with the tools that find valid ones), which valid pair has no route, which
 * currencies are supported; plus the session, card and booking prerequisites the reference leaves opaque. Reads
 * the structured failure and the call's arguments, never the result string.
 */
@Component(service = FeedbackAugmenter.class, property = "service.ranking:Integer=100")
public final class TravelAugmenter implements FeedbackAugmenter {

    @Override
    public Optional<String> hint(FeedbackEvent event) {
        ToolFailure f = event.failure();
        if (event.kind() != FeedbackKind.TOOL_FAILURE || f == null || !TravelTools.TABLE.names().contains(f.tool())) {
            return Optional.empty();
        }
        return Optional.ofNullable(TravelHints.of(f, HintArgs.of(TravelTools.TABLE, event.call())));
    }
}
