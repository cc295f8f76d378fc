package io.envtune.toolkit.internal.python;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.value.PyComplex;
import io.envtune.toolkit.value.PyException;

/** Complex arithmetic as CPython's {@code complexobject.c} does it (Smith division, c_pow, c_powi). */
final class PyComplexMath {

    private static final PyComplex ONE = new PyComplex(1.0, 0.0);

    private PyComplexMath() {
    }

    static PyComplex of(Object v) {
        return v instanceof PyComplex c ? c : new PyComplex(Numbers.toFloat(v), 0.0);
    }

    static PyComplex add(Object a, Object b) {
        PyComplex x = of(a);
        PyComplex y = of(b);
        return new PyComplex(x.real() + y.real(), x.imag() + y.imag());
    }

    static PyComplex sub(Object a, Object b) {
        PyComplex x = of(a);
        PyComplex y = of(b);
        return new PyComplex(x.real() - y.real(), x.imag() - y.imag());
    }

    static PyComplex mul(Object a, Object b) {
        PyComplex x = of(a);
        PyComplex y = of(b);
        return new PyComplex(x.real() * y.real() - x.imag() * y.imag(), x.real() * y.imag() + x.imag() * y.real());
    }

    static PyComplex div(Object a, Object b) {
        PyComplex x = of(a);
        PyComplex y = of(b);
        double absR = Math.abs(y.real());
        double absI = Math.abs(y.imag());
        if (absR >= absI) {
            if (absR == 0.0) {
                throw Numbers.zeroDivision("complex division by zero");
            }
            double ratio = y.imag() / y.real();
            double denom = y.real() + y.imag() * ratio;
            return new PyComplex((x.real() + x.imag() * ratio) / denom, (x.imag() - x.real() * ratio) / denom);
        } else if (absI >= absR) {
            double ratio = y.real() / y.imag();
            double denom = y.real() * ratio + y.imag();
            return new PyComplex((x.real() * ratio + x.imag()) / denom, (x.imag() * ratio - x.real()) / denom);
        }
        return new PyComplex(Double.NaN, Double.NaN);
    }

    static PyComplex pow(Object a, Object b) {
        PyComplex x = of(a);
        PyComplex e = of(b);
        PyComplex r;
        if (e.imag() == 0.0 && e.real() == Math.floor(e.real()) && Math.abs(e.real()) <= 100.0) {
            long n = (long) e.real();
            r = n >= 0 ? powu(x, n) : div(ONE, powu(x, -n));
        } else {
            r = cpow(x, e);
        }
        if (Double.isInfinite(r.real()) || Double.isInfinite(r.imag())) {
            throw new PyException("complex exponentiation", FailureKind.INVALID_VALUE, null);
        }
        return r;
    }

    private static PyComplex powu(PyComplex x, long n) {
        PyComplex r = ONE;
        PyComplex p = x;
        for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
            if ((n & mask) != 0) {
                r = mul(r, p);
            }
            p = mul(p, p);
        }
        return r;
    }

    private static PyComplex cpow(PyComplex a, PyComplex b) {
        if (b.real() == 0.0 && b.imag() == 0.0) {
            return ONE;
        } else if (a.real() == 0.0 && a.imag() == 0.0) {
            if (b.imag() != 0.0 || b.real() < 0.0) {
                throw Numbers.zeroDivision("0.0 to a negative or complex power");
            }
            return new PyComplex(0.0, 0.0);
        }
        double vabs = Math.hypot(a.real(), a.imag());
        double len = Math.pow(vabs, b.real());
        double at = Math.atan2(a.imag(), a.real());
        double phase = at * b.real();
        if (b.imag() != 0.0) {
            len /= Math.exp(at * b.imag());
            phase += b.imag() * Math.log(vabs);
        }
        return new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
    }
}
