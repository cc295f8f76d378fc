package io.envtune.env.filesystem.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.Failed;
import io.envtune.toolkit.PyText;
import io.envtune.toolkit.PyValues;

/**
 * The file-system tools' own value helpers: entry names (kept strings), {@code str()} for f-strings, and the
 * {@code {"error": message}} results. Python's {@code in}, hashing, {@code len} and attribute errors come from the
 * toolkit ({@link io.envtune.toolkit.PyValues}, {@link io.envtune.toolkit.PyText}).
 */
final class FileSystemValues {

    private FileSystemValues() {
    }

    /**
     * A value that becomes a dict key or a tree entry name. Python would accept any hashable value here; this port
     * keeps names strings, so a hashable non-string (a tuple) is refused with an explicit message.
     *
     * @param value the name
     * @return the name as a string
     */
    static String name(Object value) {
        PyValues.requireHashable(value, null);
        if (value instanceof String s) {
            return s;
        }
        throw PyValues.typeError("GorillaFileSystem names must be strings, not " + PyValues.typeName(value), null);
    }

    /**
     * @param value a Python value
     * @return {@code str(value)}, what an f-string inserts
     */
    static String str(Object value) {
        return PyText.str(value);
    }

    /**
     * An {@code {"error": message}} result with its structured cause.
     *
     * @param message the reference's error text
     * @param kind why it failed
     * @param parameter the parameter at fault
     * @param detail the offending value
     * @return the failed result
     */
    static Failed error(String message, FailureKind kind, String parameter, Object detail) {
        return new Failed(PyValues.dict("error", message), kind, parameter, str(detail));
    }
}
