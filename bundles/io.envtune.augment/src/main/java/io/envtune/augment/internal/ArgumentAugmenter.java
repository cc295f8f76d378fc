package io.envtune.augment.internal;

import io.envtune.api.FailureKind;
import io.envtune.api.FeedbackAugmenter;
import io.envtune.api.FeedbackEvent;
import io.envtune.api.FeedbackKind;
import io.envtune.api.ToolFailure;
import io.envtune.toolkit.Signature;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Component;

/** After a binding, type or value error: shows the tool's signature and the parameter at fault. */
@Component(service = FeedbackAugmenter.class, property = "service.ranking:Integer=0")
public final class ArgumentAugmenter implements FeedbackAugmenter {

    private static final Set<FailureKind> KINDS = EnumSet.of(FailureKind.BAD_ARGUMENTS, FailureKind.WRONG_TYPE,
        FailureKind.INVALID_VALUE);

    @Override
    public Optional<String> hint(FeedbackEvent event) {
        ToolFailure f = event.failure();
        if (event.kind() != FeedbackKind.TOOL_FAILURE || f == null || !KINDS.contains(f.kind())) {
            return Optional.empty();
        }
        String signature = Signatures.find(event.availableTools(), f.tool()).map(Signature::text)
            .orElse(f.tool() + "(...)");
        String where = f.parameter() == null ? "" : " Check the value of '" + f.parameter() + "'.";
        return Optional.of(switch (f.kind()) {
            case BAD_ARGUMENTS -> "The arguments do not match the signature " + signature
                + ": pass every required parameter by name, and no others." + where;
            case WRONG_TYPE -> "An argument has the wrong type for " + signature + "." + where;
            default -> "An argument value is not accepted by " + signature + "." + where
                + " Look up valid values with another tool if one exists.";
        });
    }
}
