package io.envtune.toolkit.internal.python;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.value.PyComplex;
import io.envtune.toolkit.value.PyException;

/** CPython's {@code float_pow}: its special cases, the complex result of a negative base, and ERANGE overflow. */
final class PyFloatPow {

    private PyFloatPow() {
    }

    static Object pow(double iv, double iw) {
        if (iw == 0.0) {
            return 1.0;
        } else if (Double.isNaN(iv)) {
            return iv;
        } else if (Double.isNaN(iw)) {
            return iv == 1.0 ? 1.0 : iw;
        } else if (Double.isInfinite(iw)) {
            double av = Math.abs(iv);
            if (av == 1.0) {
                return 1.0;
            }
            return (iw > 0.0) == (av > 1.0) ? Math.abs(iw) : 0.0;
        }
        boolean iwOdd = Math.abs(iw) % 2.0 == 1.0;
        if (Double.isInfinite(iv)) {
            if (iw > 0.0) {
                return iwOdd ? iv : Math.abs(iv);
            }
            return iwOdd ? Math.copySign(0.0, iv) : 0.0;
        } else if (iv == 0.0) {
            if (iw < 0.0) {
                throw Numbers.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return iwOdd ? iv : 0.0;
        }
        return finitePow(iv, iw, iwOdd);
    }

    private static Object finitePow(double iv, double iw, boolean iwOdd) {
        boolean negate = false;
        if (iv < 0.0) {
            if (iw != Math.floor(iw)) {
                return PyComplexMath.pow(new PyComplex(iv, 0.0), new PyComplex(iw, 0.0));
            }
            iv = -iv;
            negate = iwOdd;
        }
        if (iv == 1.0) {
            return negate ? -1.0 : 1.0;
        }
        double ix = Math.pow(iv, iw);
        if (Double.isInfinite(ix)) {
            throw new PyException("(34, 'Numerical result out of range')", FailureKind.INVALID_VALUE, null);
        }
        return negate ? -ix : ix;
    }
}
