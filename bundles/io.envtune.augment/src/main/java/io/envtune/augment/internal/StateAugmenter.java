package io.envtune.augment.internal;

import io.envtune.api.FeedbackAugmenter;
import io.envtune.api.FeedbackEvent;
import io.envtune.api.FeedbackKind;
import io.envtune.api.ToolFailure;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;

/** After a failure that depends on the environment's state: says which kind of step usually has to come first. */
@Component(service = FeedbackAugmenter.class, property = "service.ranking:Integer=0")
public final class StateAugmenter implements FeedbackAugmenter {

    @Override
    public Optional<String> hint(FeedbackEvent event) {
        ToolFailure f = event.failure();
        if (event.kind() != FeedbackKind.TOOL_FAILURE || f == null) {
            return Optional.empty();
        }
        String target = f.detail().isBlank() ? "the target" : "'" + f.detail() + "'";
        return switch (f.kind()) {
            case NOT_FOUND -> Optional.of(target + " does not exist where " + f.tool() + " looked. List or search "
                + "what exists first and use an exact name from that result.");
            case WRONG_KIND -> Optional.of(target + " is not the kind of object " + f.tool() + " works on (for "
                + "example a directory where a file is expected). Inspect it first.");
            case ALREADY_EXISTS -> Optional.of(target + " already exists. Choose another name or work with the "
                + "existing one.");
            case NOT_AUTHENTICATED -> Optional.of(f.tool() + " needs you to be logged in or authenticated. Use the "
                + "login or authentication tool of this service first.");
            case PRECONDITION_FAILED -> Optional.of("The current state does not allow " + f.tool() + " yet. Check "
                + "the state with a status tool and satisfy the prerequisite first.");
            default -> Optional.empty();
        };
    }
}
