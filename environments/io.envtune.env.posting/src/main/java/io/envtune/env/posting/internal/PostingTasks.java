package io.envtune.env.posting.internal;

import io.envtune.api.TaskSource;
import io.envtune.toolkit.ResourceTaskSource;
import org.osgi.service.component.annotations.Component;

/**
 * The built-in TwitterAPI tasks: original tasks written for this project in the BFCL multi-turn format, on a two-tweet
 * feed: posting, following, retweeting, commenting, searching and logging in. Short questions whose argument values
 * appear literally, one or two calls per turn, base, miss_func and miss_param splits; sized for a small model trained
 * from scratch. {@code tasks/train.jsonl} holds the training tasks and {@code tasks/validation.jsonl} the held-out
 * ones, both read once when the component is created ({@link ResourceTaskSource}). Immutable and thread-safe.
 */
@Component(service = TaskSource.class)
public final class PostingTasks extends ResourceTaskSource {

    /**
     * Reads both task files from this bundle.
     *
     * @throws IllegalStateException when a task file is missing from the bundle
     * @throws IllegalArgumentException naming the file and line when a task line is malformed
     */
    public PostingTasks() {
        super(PostingTasks.class, "builtin.TwitterAPI");
    }
}
