package io.envtune.env.travel.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.Failed;
import io.envtune.toolkit.PyValues;

/** Failed results: the reference's dict with a structured reason; plain dicts come from {@link PyValues#dict}. */
final class Results {

    private Results() {
    }

    /**
     * A failure dict with its structured reason.
     *
     * @param kind why it failed
     * @param param the parameter at fault, or null
     * @param detail a short detail (the offending value)
     * @param keysAndValues the dict the reference returns
     * @return the failed result
     */
    static Failed fail(FailureKind kind, String param, Object detail, Object... keysAndValues) {
        return new Failed(PyValues.dict(keysAndValues), kind, param, String.valueOf(detail));
    }
}
