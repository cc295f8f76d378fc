package io.envtune.env.travel.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.Failed;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builders for the dicts the tools return, keeping the reference's key order. */
final class Results {

    private Results() {
    }

    /**
     * @param keysAndValues alternating str keys and Python values, in the reference's order
     * @return the dict
     */
    static Map<String, Object> dict(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
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
        return new Failed(dict(keysAndValues), kind, param, String.valueOf(detail));
    }
}
