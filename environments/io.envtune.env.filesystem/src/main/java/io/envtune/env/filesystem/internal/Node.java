package io.envtune.env.filesystem.internal;

import io.envtune.toolkit.value.PyObject;

/** An entry of the file tree: a {@link File} or a {@link Directory}. */
sealed interface Node extends PyObject permits File, Directory {

    /** @return the entry's own name (as stored in the object, which may differ from its key after a quirk) */
    String name();
}
