package io.envtune.toolkit;

import io.envtune.api.Task;
import io.envtune.api.TaskSource;
import java.util.List;
import java.util.Objects;

/**
 * A {@link TaskSource} whose tasks ship inside a bundle as {@code tasks/train.jsonl} (training) and
 * {@code tasks/validation.jsonl} (held out), in the {@link TaskLines} format. A domain's built-in task component
 * extends it with a constructor that names its own class and the source id, and carries the DS annotation itself:
 * <pre>{@literal @}Component(service = TaskSource.class)
 * public final class MathTasks extends ResourceTaskSource {
 *     public MathTasks() { super(MathTasks.class, "builtin.MathAPI"); }
 * }</pre>
 * Both files are read once, when the object is constructed; afterwards it is immutable and thread-safe.
 */
public abstract class ResourceTaskSource implements TaskSource {

    /** Where the training tasks live, relative to the owner's bundle root. */
    public static final String TRAINING = "tasks/train.jsonl";

    /** Where the held-out validation tasks live, relative to the owner's bundle root. */
    public static final String VALIDATION = "tasks/validation.jsonl";

    private final String id;
    private final List<Task> training;
    private final List<Task> validation;

    /**
     * Reads both task files from the bundle (jar or class folder) the owner class was loaded from.
     *
     * @param owner a class of the bundle holding the task files, normally the subclass itself
     * @param id the source id, e.g. {@code builtin.MathAPI}
     * @throws IllegalStateException when a task file is missing from the bundle
     * @throws IllegalArgumentException naming the file and line when a task line is malformed
     */
    protected ResourceTaskSource(Class<?> owner, String id) {
        this.id = Objects.requireNonNull(id, "id");
        this.training = TaskLines.readResource(owner, TRAINING);
        this.validation = TaskLines.readResource(owner, VALIDATION);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final List<Task> tasks() {
        return training;
    }

    @Override
    public final List<Task> validation() {
        return validation;
    }
}
