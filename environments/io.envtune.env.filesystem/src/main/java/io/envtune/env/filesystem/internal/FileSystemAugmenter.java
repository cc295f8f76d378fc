package io.envtune.env.filesystem.internal;

import io.envtune.api.FeedbackAugmenter;
import io.envtune.api.FeedbackEvent;
import io.envtune.api.FeedbackKind;
import io.envtune.api.ToolFailure;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;

/**
 * Environment Tuning's actionable file-system errors (PORTING.md §10) as a hint layer over the unchanged BFCL
 * messages: paths where only a name is allowed, names missing from the current directory, directories where a file
 * is expected and the reverse, existing destinations, forbidden characters, echo into a directory and which file
 * diff could not use. Reads the structured failure and the call's arguments, never the result string. Ranked above
 * the generic augmenters so it wins for the file-system tools.
 */
@Component(service = FeedbackAugmenter.class, property = "service.ranking:Integer=100")
public final class FileSystemAugmenter implements FeedbackAugmenter {

    @Override
    public Optional<String> hint(FeedbackEvent event) {
        ToolFailure f = event.failure();
        if (event.kind() != FeedbackKind.TOOL_FAILURE || f == null
            || !FileSystemTools.TABLE.names().contains(f.tool())) {
            return Optional.empty();
        }
        HintArgs args = HintArgs.of(FileSystemTools.TABLE, event.call());
        return Optional.ofNullable(switch (f.tool()) {
            case "cd" -> FileSystemHints.cd(f, args);
            case "diff" -> FileSystemHints.diff(f, args);
            case "mv", "cp" -> FileSystemHints.transfer(f, args);
            case "find" -> FileSystemHints.find(f, args);
            default -> FileSystemHints.name(f, args);
        });
    }
}
