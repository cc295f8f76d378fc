package io.envtune.api;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Provides tasks: BFCL entries, a domain bundle's built-in tasks, or a user's own. Registered as an OSGi service.
 * Training uses {@link #tasks()}; promotion decisions and reports use {@link #validation()}, which never overlaps it.
 */
@ConsumerType
public interface TaskSource {

    /** @return a stable id for this source, e.g. {@code builtin.GorillaFileSystem} */
    String id();

    /** @return the training tasks of this source, in a stable order; never null */
    List<Task> tasks();

    /** @return held-out validation tasks, in a stable order; empty when the source has none */
    default List<Task> validation() {
        return List.of();
    }
}
