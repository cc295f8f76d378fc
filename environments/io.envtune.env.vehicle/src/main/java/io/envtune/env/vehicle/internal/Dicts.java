package io.envtune.env.vehicle.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.Failed;
import java.util.LinkedHashMap;

/** Builders for the dicts the tools return, keeping the reference's key order. */
final class Dicts {

    private Dicts() {
    }

    /**
     * @param keysAndValues alternating keys (String) and values
     * @return a dict with the entries in the given order
     */
    static LinkedHashMap<String, Object> of(Object... keysAndValues) {
        LinkedHashMap<String, Object> d = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            d.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return d;
    }

    /**
     * The reference's {@code {"error": message}} return, with its structured cause.
     *
     * @param message the reference's error text (a str or, for the weather service, an int)
     * @param kind why it failed
     * @param parameter the parameter at fault, or null
     * @param detail a short machine-oriented detail
     * @return the failure
     */
    static Failed error(Object message, FailureKind kind, String parameter, String detail) {
        return new Failed(of("error", message), kind, parameter, detail);
    }
}
