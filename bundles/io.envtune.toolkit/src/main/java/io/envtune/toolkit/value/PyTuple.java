package io.envtune.toolkit.value;

import java.util.Collections;
import java.util.List;

/**
 * A Python tuple: an immutable sequence that prints as {@code (a, b)} and serialises to a JSON array.
 *
 * @param items the elements (may contain null = None)
 */
public record PyTuple(List<Object> items) {

    /** Wraps the items in an unmodifiable view. */
    public PyTuple {
        items = Collections.unmodifiableList(items);
    }
}
