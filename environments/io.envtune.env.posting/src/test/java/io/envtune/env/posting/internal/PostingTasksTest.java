package io.envtune.env.posting.internal;

import io.envtune.api.TaskSource;
import io.envtune.testkit.HeldOutTasksTest;

/**
 * The built-in TwitterAPI tasks keep their validation tasks held out from the training tasks: enough of them, every
 * split, no shared id, no repeated task (see {@link HeldOutTasksTest}).
 */
public final class PostingTasksTest extends HeldOutTasksTest {

    @Override
    protected TaskSource source() {
        return new PostingTasks();
    }
}
