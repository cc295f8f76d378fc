package io.envtune.env.trading.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.PyArith;
import io.envtune.toolkit.PyText;
import io.envtune.toolkit.PyValues;
import io.envtune.toolkit.value.PyException;
import java.math.BigDecimal;

/**
 * The number conversions of the TradingBot reference ({@code float(x)}, {@code int(x)}, {@code abs(x)},
 * {@code f"{x:.2f}"}) on the value model's numbers, with CPython 3.11's error texts for other types. Operators and
 * comparisons come from the toolkit ({@link io.envtune.toolkit.PyArith}, {@link io.envtune.toolkit.PyValues}).
 */
final class PyNumbers {

    private PyNumbers() {
    }

    /** @return {@code float(v)} for a number: OverflowError for ints beyond the double range */
    static double toFloat(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        if (!PyValues.isNumber(v)) {
            throw PyValues.typeError("float() argument must be a string or a real number, not '"
                + PyValues.typeName(v) + "'", null);
        }
        return PyArith.toFloat(v);
    }

    /** @return {@code int(v)} for a number: floats truncate; NaN and infinities fail like CPython */
    static Object toInt(Object v) {
        if (v instanceof Double d) {
            if (d.isNaN()) {
                throw new PyException("cannot convert float NaN to integer", FailureKind.INVALID_VALUE, null);
            }
            if (d.isInfinite()) {
                throw new PyException("cannot convert float infinity to integer", FailureKind.INVALID_VALUE, null);
            }
            return PyValues.normalize(new BigDecimal(d).toBigInteger());
        }
        if (!PyValues.isNumber(v)) {
            throw PyValues.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + PyValues.typeName(v) + "'", null);
        }
        return PyValues.normalize(PyValues.toBigInteger(v));
    }

    /** @return {@code a * b} where a is a float and b an int, as {@code float(price) * int(amount)} computes it */
    static double multiply(double a, Object b) {
        return a * toFloat(b);
    }

    /** @return {@code abs(v)} */
    static Object abs(Object v) {
        if (v instanceof Double d) {
            return Math.abs(d);
        }
        if (!PyValues.isNumber(v)) {
            throw PyValues.typeError("bad operand type for abs(): '" + PyValues.typeName(v) + "'", null);
        }
        return PyValues.normalize(PyValues.toBigInteger(v).abs());
    }

    /** @return {@code f"{v:.2f}"} for a number */
    static String fixed2(Object v) {
        return PyText.fixed(toFloat(v), 2);
    }
}
