package io.envtune.api;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Provides tasks: BFCL entries, a domain bundle's built-in tasks, or a user's own. Registered as an OSGi service.
 */
@ConsumerType
public interface TaskSource {

    /** @return a stable id for this source, e.g. {@code builtin.GorillaFileSystem} */
    String id();

    /** @return every task of this source, in a stable order; never null */
    List<Task> tasks();
}
