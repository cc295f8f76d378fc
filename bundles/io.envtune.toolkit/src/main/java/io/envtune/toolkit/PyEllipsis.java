package io.envtune.toolkit;

/** Python's {@code Ellipsis} constant; prints as {@code Ellipsis}. */
public enum PyEllipsis {
    /** The only value. */
    INSTANCE
}
