package io.envtune.env.filesystem.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.Failed;
import io.envtune.toolkit.PyDicts;
import io.envtune.toolkit.PyErrors;
import io.envtune.toolkit.PyRepr;
import io.envtune.toolkit.PyTypes;

/**
 * The file-system tools' own value helpers: entry names (kept strings), {@code str()} for f-strings, and the
 * {@code {"error": message}} results. Python's {@code in}, hashing, {@code len} and attribute errors come from the
 * toolkit ({@link io.envtune.toolkit.PyContainers}, {@link io.envtune.toolkit.PyStrings}).
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
        PyDicts.requireHashable(value, null);
        if (value instanceof String s) {
            return s;
        }
        throw PyErrors.typeError("GorillaFileSystem names must be strings, not " + PyTypes.typeName(value), null);
    }

    /**
     * @param value a Python value
     * @return {@code str(value)}, what an f-string inserts
     */
    static String str(Object value) {
        return PyRepr.str(value);
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
        return new Failed(PyDicts.of("error", message), kind, parameter, str(detail));
    }
}
