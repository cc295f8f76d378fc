package io.envtune.env.filesystem.internal;

import io.envtune.api.FeedbackAugmenter;
import io.envtune.api.ToolFailure;
import io.envtune.toolkit.HintArgs;
import io.envtune.toolkit.TableAugmenter;
import org.osgi.service.component.annotations.Component;

/**
 * Environment Tuning's actionable file-system errors (PORTING.md §10) as a hint layer over the unchanged BFCL
 * messages: paths where only a name is allowed, names missing from the current directory, directories where a file
 * is expected and the reverse, existing destinations, forbidden characters, echo into a directory and which file
 * diff could not use. Reads the structured failure and the call's arguments, never the result string. Ranked above
 * the generic augmenters so it wins for the file-system tools.
 */
@Component(service = FeedbackAugmenter.class, property = "service.ranking:Integer=100")
public final class FileSystemAugmenter extends TableAugmenter {

    /** Creates the component; it has no configuration. */
    public FileSystemAugmenter() {
        super(FileSystemTable.TABLE);
    }

    @Override
    protected String hint(ToolFailure f, HintArgs args) {
        return switch (f.tool()) {
            case "cd" -> FileSystemHints.cd(f, args);
            case "diff" -> FileSystemHints.diff(f, args);
            case "mv", "cp" -> FileSystemHints.transfer(f, args);
            case "find" -> FileSystemHints.find(f, args);
            default -> FileSystemHints.name(f, args);
        };
    }
}
