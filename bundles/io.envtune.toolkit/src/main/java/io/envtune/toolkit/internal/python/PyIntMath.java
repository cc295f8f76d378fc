package io.envtune.toolkit.internal.python;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.value.PyException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/** The int side of {@link PyOps}: exact true division, floor division, modulo, powers; and float divmod. */
final class PyIntMath {

    private static final double EXACT_LIMIT = 9007199254740992.0;

    private PyIntMath() {
    }

    static double trueDivide(Object a, Object b) {
        BigInteger y = PyTypes.toBigInteger(b);
        if (y.signum() == 0) {
            throw Numbers.zeroDivision("division by zero");
        }
        BigInteger x = PyTypes.toBigInteger(a);
        if (x.abs().doubleValue() < EXACT_LIMIT && y.abs().doubleValue() < EXACT_LIMIT) {
            return x.doubleValue() / y.doubleValue();
        }
        double r = new BigDecimal(x).divide(new BigDecimal(y), new MathContext(60, RoundingMode.HALF_EVEN))
                .doubleValue();
        if (Double.isInfinite(r)) {
            throw new PyException("integer division result too large for a float", FailureKind.INVALID_VALUE, null);
        }
        return r;
    }

    static Object floorDiv(Object a, Object b) {
        BigInteger[] qr = divmod(a, b, "integer division or modulo by zero");
        return PyTypes.normalize(qr[0]);
    }

    static Object mod(Object a, Object b) {
        BigInteger[] qr = divmod(a, b, "integer modulo by zero");
        return PyTypes.normalize(qr[1]);
    }

    /** Floor division and modulo with the divisor's sign, as Python defines them. */
    private static BigInteger[] divmod(Object a, Object b, String zeroMessage) {
        BigInteger y = PyTypes.toBigInteger(b);
        if (y.signum() == 0) {
            throw Numbers.zeroDivision(zeroMessage);
        }
        BigInteger[] qr = PyTypes.toBigInteger(a).divideAndRemainder(y);
        if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(y);
        }
        return qr;
    }

    static Object pow(Object a, Object b) {
        BigInteger base = PyTypes.toBigInteger(a);
        BigInteger exp = PyTypes.toBigInteger(b);
        if (base.signum() == 0 || base.abs().equals(BigInteger.ONE)) {
            boolean odd = exp.testBit(0);
            if (exp.signum() == 0) {
                return 1L;
            }
            return base.signum() == 0 ? 0L : (base.signum() < 0 && odd ? -1L : 1L);
        }
        long bits = (long) base.abs().bitLength() * (exp.bitLength() > 40 ? Long.MAX_VALUE / 64 : exp.longValue());
        if (bits > Numbers.MAX_INT_BITS || bits < 0) {
            throw Numbers.memoryError();
        }
        return PyTypes.normalize(base.pow(exp.intValue()));
    }

    /** CPython's {@code float_divmod}: {floor quotient, modulo}. */
    static double[] floatDivmod(double vx, double wx, String zeroMessage) {
        if (wx == 0.0) {
            throw Numbers.zeroDivision(zeroMessage);
        }
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0.0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }
}
