package io.envtune.augment.internal;

import io.envtune.api.FeedbackAugmenter;
import io.envtune.api.FeedbackEvent;
import io.envtune.api.FeedbackKind;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;

/** After a format error: restates the one accepted response skeleton. */
@Component(service = FeedbackAugmenter.class, property = "service.ranking:Integer=0")
public final class FormatAugmenter implements FeedbackAugmenter {

    @Override
    public Optional<String> hint(FeedbackEvent event) {
        if (event.kind() != FeedbackKind.FORMAT_ERROR) {
            return Optional.empty();
        }
        return Optional.of("Write <think>your reasoning</think> and then exactly one block: either "
            + "<tool_call>[{\"name\": \"tool\", \"arguments\": {...}}]</tool_call> with a JSON list, or "
            + "<answer>your message</answer>. Nothing may appear outside these tags.");
    }
}
