package io.envtune.shell.internal;

import io.envtune.api.Stage;
import io.envtune.api.Task;
import io.envtune.platform.Plugins;
import io.envtune.platform.TaskPool;
import java.util.List;
import java.util.stream.Collectors;

/** The text of {@code envtune:stage --action tasks|split}: task ids one per line, the split as three lines. */
final class StageViews {

    private StageViews() {
    }

    /**
     * @param plugins the live plug-ins
     * @param name a stage name or {@code current}
     * @return the registered curriculum's stage
     * @throws IllegalArgumentException when no curriculum is registered or it has no such stage
     */
    static Stage stage(Plugins plugins, String name) {
        try {
            return plugins.stage(name);
        } catch (IllegalStateException | java.util.NoSuchElementException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** @return one task id per line */
    static String ids(List<Task> tasks) {
        return tasks.stream().map(Task::id).collect(Collectors.joining("\n"));
    }

    /** @return {@code train: ids}, {@code validation: ids}, {@code test: ids}, ids separated by spaces */
    static String split(TaskPool pool) {
        return "train: " + join(pool.allTrain()) + "\nvalidation: " + join(pool.allValidation()) + "\ntest: "
            + join(pool.allTest());
    }

    private static String join(List<Task> tasks) {
        return tasks.stream().map(Task::id).collect(Collectors.joining(" "));
    }
}
