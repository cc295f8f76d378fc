package io.envtune.env.example.internal;

import io.envtune.api.TaskSource;
import io.envtune.toolkit.ResourceTaskSource;
import org.osgi.service.component.annotations.Component;

/**
 * The example's own tasks: {@code tasks/train.jsonl} (six, over base, miss_param and miss_func) and
 * {@code tasks/validation.jsonl} (three held out), in the BFCL task format. Dropping this bundle into {@code load/}
 * brings tools and tasks together: {@code envtune:eval --source builtin.KeyValueStore} plays them.
 */
@Component(service = TaskSource.class)
public final class KeyValueStoreTasks extends ResourceTaskSource {

    /** The source id, for {@code --source}. */
    public static final String ID = "builtin." + KeyValueStoreEnvironment.ID;

    /** Reads both task files from this bundle. */
    public KeyValueStoreTasks() {
        super(KeyValueStoreTasks.class, ID);
    }
}
