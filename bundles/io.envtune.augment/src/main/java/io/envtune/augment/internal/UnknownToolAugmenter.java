package io.envtune.augment.internal;

import io.envtune.api.FailureKind;
import io.envtune.api.FeedbackAugmenter;
import io.envtune.api.FeedbackEvent;
import io.envtune.api.FeedbackKind;
import io.envtune.api.ToolSpec;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Component;

/** After a call to a tool that does not exist: names the closest offered tools. */
@Component(service = FeedbackAugmenter.class, property = "service.ranking:Integer=0")
public final class UnknownToolAugmenter implements FeedbackAugmenter {

    private static final int SUGGESTIONS = 3;

    @Override
    public Optional<String> hint(FeedbackEvent event) {
        // Only unknown names: UNAVAILABLE also covers a known tool whose backing service is down.
        if (event.kind() != FeedbackKind.TOOL_FAILURE || event.failure() == null
            || event.failure().kind() != FailureKind.UNKNOWN_TOOL) {
            return Optional.empty();
        }
        String name = event.failure().tool();
        List<ToolSpec> tools = event.availableTools();
        if (tools.isEmpty()) {
            return Optional.of("'" + name + "' is not an available tool, and no tools are offered in this turn.");
        }
        String closest = tools.stream().map(ToolSpec::name)
            .sorted(Comparator.comparingInt((String t) -> Signatures.distance(name, t)).thenComparing(t -> t))
            .limit(SUGGESTIONS).collect(Collectors.joining(", "));
        return Optional.of("'" + name + "' is not an available tool. Use only the tools listed in the system "
            + "prompt; the closest names are: " + closest + ".");
    }
}
