package io.envtune.toolkit;

/** Python type names and numeric coercions of the value model, for error texts and arithmetic. */
public final class PyTypes {

    private PyTypes() {
    }

    /**
     * @param value a Python value
     * @return {@code type(value).__name__}: {@code int}, {@code float}, {@code str}, {@code bool}, {@code NoneType},
     *         {@code list}, {@code dict}, {@code tuple}, {@code set}, …
     */
    public static String typeName(Object value) {
        throw new UnsupportedOperationException("toolkit: not implemented yet");
    }

    /**
     * @param value a Python value
     * @return true for int and bool values (bool is an int in Python)
     */
    public static boolean isInt(Object value) {
        throw new UnsupportedOperationException("toolkit: not implemented yet");
    }

    /**
     * @param value a Python value
     * @return true for int, bool and float values
     */
    public static boolean isNumber(Object value) {
        throw new UnsupportedOperationException("toolkit: not implemented yet");
    }

    /**
     * @param value an int, bool or float
     * @return {@code float(value)}
     * @throws PyException for other types, with Python's text
     */
    public static double toDouble(Object value) {
        throw new UnsupportedOperationException("toolkit: not implemented yet");
    }

    /**
     * @param value an int or bool (a float is truncated like {@code int(x)})
     * @return {@code int(value)} normalised to Long, or BigInteger when it does not fit
     * @throws PyException for other types, with Python's text
     */
    public static Object toInt(Object value) {
        throw new UnsupportedOperationException("toolkit: not implemented yet");
    }

    /**
     * @param value a Python value
     * @return {@code bool(value)} (truthiness)
     */
    public static boolean truthy(Object value) {
        throw new UnsupportedOperationException("toolkit: not implemented yet");
    }
}
