package io.envtune.env.math.internal;

import io.envtune.api.Task;
import io.envtune.api.TaskSource;
import io.envtune.toolkit.TaskLines;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * The built-in MathAPI tasks: original tasks written for this project in the BFCL multi-turn format, on arithmetic, means, rounding, percentages and unit conversion.
 * Short questions whose argument values appear literally, one or two calls per turn, base, miss_func and miss_param
 * splits; sized for a small model trained from scratch. {@code tasks/train.jsonl} holds the training tasks and
 * {@code tasks/validation.jsonl} the held-out ones, both read once from this bundle when the component is created.
 * Immutable and thread-safe.
 */
@Component(service = TaskSource.class)
public final class MathTasks implements TaskSource {

    private final List<Task> training;
    private final List<Task> validation;

    /**
     * Reads both task files from this bundle.
     *
     * @throws IllegalStateException when a task file is missing from the bundle
     * @throws IllegalArgumentException naming the file and line when a task line is malformed
     */
    public MathTasks() {
        training = TaskLines.readResource(MathTasks.class, "tasks/train.jsonl");
        validation = TaskLines.readResource(MathTasks.class, "tasks/validation.jsonl");
    }

    @Override
    public String id() {
        return "builtin.MathAPI";
    }

    @Override
    public List<Task> tasks() {
        return training;
    }

    @Override
    public List<Task> validation() {
        return validation;
    }
}
