package io.envtune.env.math.internal;

import java.util.function.Supplier;

/**
 * The {@code try: ... except TypeError: return {"error": ...}} block that most MathAPI tools wrap around their
 * arithmetic. Other Python exceptions are not caught by the reference, so they reach the executor.
 */
final class Guard {

    private Guard() {
    }

    /**
     * @param body the tool's computation
     * @param onTypeError what the tool returns when the computation raises {@code TypeError}
     * @return the body's value, or onTypeError's
     * @throws io.envtune.toolkit.value.PyException for any other Python exception
     */
    static Object typeError(Supplier<Object> body, Supplier<Object> onTypeError) {
        try {
            return body.get();
        } catch (PyError e) {
            if (e.type() == PyError.Type.TYPE) {
                return onTypeError.get();
            }
            throw e.raise();
        }
    }

    /**
     * @param body a computation whose Python exceptions the reference does not catch
     * @return its value
     * @throws io.envtune.toolkit.value.PyException for every Python exception
     */
    static Object uncaught(Supplier<Object> body) {
        try {
            return body.get();
        } catch (PyError e) {
            throw e.raise();
        }
    }
}
