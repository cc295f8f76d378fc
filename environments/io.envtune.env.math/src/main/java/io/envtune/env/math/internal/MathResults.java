package io.envtune.env.math.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.Failed;
import io.envtune.toolkit.PyValues;
import java.util.Map;

/** The two shapes every MathAPI tool returns: {@code {"result": x}} and {@code {"error": "..."}}. */
final class MathResults {

    private MathResults() {
    }

    /**
     * @param value the result
     * @return {@code {"result": value}}
     * @throws io.envtune.toolkit.value.PyException when value is an int too long for CPython to print
     */
    static Map<String, Object> ok(Object value) {
        return PyValues.dict("result", IntLimit.check(value));
    }

    /**
     * @param message the reference's error text
     * @param kind why it failed
     * @param parameter the parameter at fault, or null
     * @return {@code {"error": message}} with its failure reason
     */
    static Failed error(String message, FailureKind kind, String parameter) {
        return new Failed(PyValues.dict("error", message), kind, parameter, message);
    }

    /** @return the {@code TypeError} handler text most tools share */
    static Failed notNumbers() {
        return error("Both inputs must be numbers", FailureKind.WRONG_TYPE, null);
    }
}
