package io.envtune.toolkit;

/**
 * Python {@code ==} over the value model: {@code 1 == 1.0 == True}, {@code "1" != 1}, lists and tuples ordered (a
 * list never equals a tuple), dicts and sets unordered, NaN unequal to itself, {@link PyObject}s by their equals.
 */
public final class PyEquality {

    private PyEquality() {
    }

    /**
     * @param a a Python value
     * @param b a Python value
     * @return {@code a == b} in Python
     */
    public static boolean eq(Object a, Object b) {
        throw new UnsupportedOperationException("toolkit: not implemented yet");
    }
}
