package io.envtune.toolkit.internal.python;

/** Python's {@code Ellipsis} constant; prints as {@code Ellipsis}. */
public enum PyEllipsis {
    /** The only value. */
    INSTANCE
}
