package io.envtune.toolkit.internal.python;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Correct rounding of an approximation (Ziv's strategy): round to the target bits only when the approximation's error
 * bound cannot straddle a rounding boundary; otherwise the caller retries with more digits.
 */
final class Ziv {

    private Ziv() {
    }

    /**
     * @param approx an approximation with {@code digits} correct significant digits (give or take a few units)
     * @param digits its precision in decimal digits
     * @param prec the target precision in bits
     * @return the correctly rounded value, or null when more digits are needed
     */
    static MpFloat roundIfSafe(BigDecimal approx, int digits, int prec) {
        if (approx.signum() == 0) {
            return null;
        }
        BigDecimal a = approx.abs();
        long e = MpFloat.floorLog2(a) - (prec - 1);
        BigDecimal scaled = MpFloat.scaleByPowerOfTwo(a, -e);
        BigDecimal floor = scaled.setScale(0, RoundingMode.FLOOR);
        BigDecimal distanceToHalf = scaled.subtract(floor).subtract(new BigDecimal("0.5")).abs();
        // The error of scaled is below 10^(1 + integer digits of scaled - digits) with a margin of 1000.
        int intDigits = floor.precision();
        BigDecimal bound = BigDecimal.ONE.scaleByPowerOfTen(intDigits - digits + 4);
        if (distanceToHalf.compareTo(bound) <= 0) {
            return null;
        }
        BigInteger m = scaled.setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact();
        return MpFloat.round(approx.signum() < 0 ? m.negate() : m, e, false, prec);
    }
}
