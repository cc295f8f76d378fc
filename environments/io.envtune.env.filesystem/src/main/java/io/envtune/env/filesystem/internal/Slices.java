package io.envtune.env.filesystem.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.PyValues;
import io.envtune.toolkit.value.PyException;
import java.math.BigInteger;
import java.util.List;

/** {@code tail}'s arithmetic: {@code if n > len(lines): n = len(lines)}, then {@code lines[-n:]}, for any n. */
final class Slices {

    private Slices() {
    }

    /**
     * @param lines the file's lines
     * @param n the {@code lines} argument (any Python value)
     * @return {@code lines[-n:]} after the clamp
     * @throws PyException Python's {@code TypeError} for a non-number, or a float that is not clamped
     */
    static List<String> lastLines(List<String> lines, Object n) {
        int size = lines.size();
        if (n instanceof Boolean b) {
            return fromEnd(lines, b ? 1 : 0);
        }
        if (n instanceof Long l) {
            return fromEnd(lines, Math.min(l, size));
        }
        if (n instanceof BigInteger big) {
            // Only values outside the long range are BigIntegers: huge positives clamp, huge negatives slice past the end.
            return big.signum() > 0 ? lines : List.of();
        }
        if (n instanceof Double d) {
            if (d > size) {
                return lines;
            }
            throw new PyException("slice indices must be integers or None or have an __index__ method",
                FailureKind.WRONG_TYPE, "lines");
        }
        throw new PyException("'>' not supported between instances of '" + PyValues.typeName(n) + "' and 'int'",
            FailureKind.WRONG_TYPE, "lines");
    }

    /** @return {@code lines[-n:]} for {@code n <= len(lines)}; {@code -0} is {@code 0}, so 0 keeps every line */
    private static List<String> fromEnd(List<String> lines, long n) {
        int size = lines.size();
        if (n == 0) {
            return lines;
        }
        if (n > 0) {
            return lines.subList(size - (int) n, size);
        }
        return lines.subList(n < -size ? size : (int) -n, size);
    }
}
