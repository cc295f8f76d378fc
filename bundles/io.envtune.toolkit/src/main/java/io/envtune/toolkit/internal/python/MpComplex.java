package io.envtune.toolkit.internal.python;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.value.PyException;

/**
 * An mpmath value that is real ({@code imag == null}) or complex, and mpmath's division of such values.
 *
 * @param real the real part
 * @param imag the imaginary part, or null for an mpf
 */
record MpComplex(MpFloat real, MpFloat imag) {

    static MpComplex real(MpFloat x) {
        return new MpComplex(x, null);
    }

    /** mpf/mpf, mpc/mpf (part by part) and mpmath's {@code mpc_div} for complex divisors. */
    static MpComplex divide(MpComplex z, MpComplex w, int prec) {
        if (w.imag == null) {
            MpFloat re = div(z.real, w.real, prec);
            return new MpComplex(re, z.imag == null ? null : div(z.imag, w.real, prec));
        }
        MpFloat a = z.real;
        MpFloat b = z.imag == null ? MpFloat.ZERO : z.imag;
        MpFloat c = w.real;
        MpFloat d = w.imag;
        int wp = prec + 10;
        MpFloat mag = MpFloat.addTruncated(MpFloat.multiply(c, c), MpFloat.multiply(d, d), wp);
        MpFloat t = MpFloat.addTruncated(MpFloat.multiply(a, c), MpFloat.multiply(b, d), wp);
        MpFloat u = MpFloat.addTruncated(MpFloat.multiply(b, c), MpFloat.multiply(a, d).negate(), wp);
        return new MpComplex(div(t, mag, prec), div(u, mag, prec));
    }

    /** mpmath's {@code mpf_div} with its special cases; a zero divisor raises ZeroDivisionError (empty message). */
    static MpFloat div(MpFloat s, MpFloat t, int prec) {
        if (t.isZero()) {
            throw new PyException("", FailureKind.INVALID_VALUE, null);
        } else if (s.special() == MpFloat.Special.NAN || t.special() == MpFloat.Special.NAN) {
            return MpFloat.NAN;
        } else if (s.isZero()) {
            return MpFloat.ZERO;
        } else if (s.special() != null && t.special() != null) {
            return MpFloat.NAN;
        } else if (s.special() != null) {
            return s.signum() * t.signum() > 0 ? MpFloat.POS_INF : MpFloat.NEG_INF;
        } else if (t.special() != null) {
            return MpFloat.ZERO;
        }
        return MpFloat.divide(s, t, prec);
    }
}
