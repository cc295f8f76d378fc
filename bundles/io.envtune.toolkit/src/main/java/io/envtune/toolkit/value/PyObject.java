package io.envtune.toolkit.value;

import java.util.Map;

/**
 * A domain object that appears inside state (the file system's {@code File} and {@code Directory}). Its canonical
 * JSON form is {@code {"__class__": pyClassName(), <canonicalFields sorted>}}. Python equality is the object's own
 * {@link Object#equals(Object)}, which domains implement with BFCL's rules.
 */
public interface PyObject {

    /** @return the Python class name, e.g. {@code File} */
    String pyClassName();

    /** @return the public fields printed in the canonical state (Python value model) */
    Map<String, Object> canonicalFields();
}
