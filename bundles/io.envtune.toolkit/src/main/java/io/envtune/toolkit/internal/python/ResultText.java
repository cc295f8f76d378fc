package io.envtune.toolkit.internal.python;

import io.envtune.toolkit.value.NotSerializableException;
import io.envtune.toolkit.value.PyException;
import java.util.Map;

/**
 * BFCL's conversion of a tool's return value to its result string (exact type tests): a {@code str} unchanged; a
 * dict through {@code json.dumps} with default settings, or {@code str(dict)} when something inside is not JSON
 * serialisable (Decimal, mpf, mpc, complex, set, non-basic key); anything else through {@code str}.
 */
public final class ResultText {

    private ResultText() {
    }

    /**
     * @param value the returned Python value
     * @return the result string
     * @throws PyException where Python's conversion itself raises (an int past 4300 digits)
     */
    public static String of(Object value) {
        if (value instanceof String s) {
            return s;
        } else if (value instanceof Map<?, ?>) {
            try {
                return PyJson.dumps(value);
            } catch (NotSerializableException e) {
                return PyRepr.str(value);
            }
        }
        return PyRepr.str(value);
    }
}
