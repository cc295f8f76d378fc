package io.envtune.env.vehicle.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.Failed;
import io.envtune.toolkit.PyValues;

/** The reference's {@code {"error": message}} returns; other dicts come from {@link PyValues#dict}. */
final class Dicts {

    private Dicts() {
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
        return new Failed(PyValues.dict("error", message), kind, parameter, detail);
    }
}
