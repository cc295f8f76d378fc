package io.envtune.toolkit;

/**
 * Reads JSON (scenarios, fixtures, padding data) into the Python value model: objects → LinkedHashMap in order,
 * integer literals → Long/BigInteger, literals with {@code .}/{@code e} → Double, {@code {"__python_ellipsis__": true}}
 * → {@link PyEllipsis}. Also deep copies values (Python's {@code deepcopy} for plain data).
 */
public final class PyValues {

    private PyValues() {
    }

    /**
     * @param json JSON text
     * @return the Python value
     * @throws IllegalArgumentException when the text is not JSON
     */
    public static Object fromJson(String json) {
        throw new UnsupportedOperationException("toolkit: not implemented yet");
    }

    /**
     * @param value a Python value of plain data (no PyObject)
     * @return a deep copy with fresh mutable containers
     */
    public static Object deepCopy(Object value) {
        throw new UnsupportedOperationException("toolkit: not implemented yet");
    }
}
