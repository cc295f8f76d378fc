package io.envtune.env.math.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.value.PyException;
import java.math.BigInteger;

/**
 * CPython 3.11's limit on int-to-str conversion: printing an int of more than 4300 decimal digits raises
 * {@code ValueError}. BFCL prints every result, so a tool returning such an int ends in
 * {@code "Error during execution: Exceeds the limit ..."}; checking here gives the same text without building a
 * string the executor would refuse.
 */
final class IntLimit {

    /** {@code sys.get_int_max_str_digits()} by default. */
    static final int MAX_DIGITS = 4300;

    /** An int of at most this many bits is below 10^4300, so it never needs the digit count. */
    private static final int SAFE_BITS = 14_284;

    private IntLimit() {
    }

    /** @return the exception CPython raises when printing a too-long int */
    static PyException exceeded() {
        return new PyException("Exceeds the limit (" + MAX_DIGITS + " digits) for integer string conversion; "
            + "use sys.set_int_max_str_digits() to increase the limit", FailureKind.INVALID_VALUE, null);
    }

    /**
     * @param value a result about to be printed
     * @return the value
     * @throws PyException when it is an int too long to print
     */
    static Object check(Object value) {
        if (value instanceof BigInteger b && b.bitLength() > SAFE_BITS
            && b.abs().toString().length() > MAX_DIGITS) {
            throw exceeded();
        }
        return value;
    }
}
