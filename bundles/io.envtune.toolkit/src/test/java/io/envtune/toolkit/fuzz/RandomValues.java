package io.envtune.toolkit.fuzz;

import io.envtune.toolkit.internal.python.Mpc;
import io.envtune.toolkit.internal.python.Mpf;
import io.envtune.toolkit.internal.python.PyEllipsis;
import io.envtune.toolkit.value.PyComplex;
import io.envtune.toolkit.value.PyDecimal;
import io.envtune.toolkit.value.PyTuple;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Random values of the toolkit's Python value model: every leaf type (ints at the long and 4300-digit edges, NaN,
 * infinities, negative zero, subnormals and random bit patterns, hostile strings, Decimal, mpf, mpc, complex,
 * Ellipsis) in lists, tuples, dicts with keys of any hashable type, and sets. Nesting goes to 255 levels now and then:
 * the deepest a value gets from JSON (Gson's nesting limit) or from a call (CPython's 200 brackets).
 */
final class RandomValues {

    private static final int DEEPEST = 255;

    private RandomValues() {
    }

    /**
     * @param r the case's random source
     * @return a random value
     */
    static Object value(Random r) {
        if (r.nextInt(50) == 0) {
            return chain(r, 1 + r.nextInt(DEEPEST));
        }
        return value(r, 1 + r.nextInt(5));
    }

    private static Object chain(Random r, int depth) {
        Object v = leaf(r);
        for (int i = 0; i < depth; i++) {
            v = switch (r.nextInt(3)) {
                case 0 -> new ArrayList<>(Collections.singletonList(v));
                case 1 -> new PyTuple(new ArrayList<>(Collections.singletonList(v)));
                default -> {
                    Map<Object, Object> m = new LinkedHashMap<>();
                    m.put("k", v);
                    yield m;
                }
            };
        }
        return v;
    }

    private static Object value(Random r, int depth) {
        if (depth == 0 || r.nextInt(3) == 0) {
            return leaf(r);
        }
        int n = r.nextInt(6);
        return switch (r.nextInt(4)) {
            case 0 -> list(r, depth, n);
            case 1 -> new PyTuple(list(r, depth, n));
            case 2 -> dict(r, depth, n);
            default -> set(r, n);
        };
    }

    private static List<Object> list(Random r, int depth, int n) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(value(r, depth - 1));
        }
        return out;
    }

    private static Map<Object, Object> dict(Random r, int depth, int n) {
        Map<Object, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            out.put(key(r), value(r, depth - 1));
        }
        return out;
    }

    private static Set<Object> set(Random r, int n) {
        Set<Object> out = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            out.add(key(r));
        }
        return out;
    }

    /** Hashable values only: str, int, float, bool, None, tuples of them. */
    private static Object key(Random r) {
        return switch (r.nextInt(7)) {
            case 0, 1, 2 -> string(r);
            case 3 -> integer(r);
            case 4 -> floating(r);
            case 5 -> r.nextBoolean() ? null : r.nextBoolean();
            default -> new PyTuple(new ArrayList<>(List.of(string(r), integer(r))));
        };
    }

    /**
     * @param r the case's random source
     * @return a random leaf value
     */
    static Object leaf(Random r) {
        return switch (r.nextInt(12)) {
            case 0, 1, 2 -> string(r);
            case 3, 4 -> integer(r);
            case 5, 6 -> floating(r);
            case 7 -> r.nextBoolean();
            case 8 -> null;
            case 9 -> new PyDecimal(Hostile.pick(r, List.of("1.5", "-0", "NaN", "Infinity", "1E+10", "0.000")));
            case 10 -> r.nextBoolean() ? new Mpf(Hostile.pick(r, List.of("0.5", "-1.0e+20", "+inf", "nan")))
                : new Mpc("1.0", "-2.5");
            default -> r.nextBoolean() ? PyEllipsis.INSTANCE : new PyComplex(floating(r), floating(r));
        };
    }

    /**
     * @param r the case's random source
     * @return hostile or plain text
     */
    static String string(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> Hostile.content(r);
            case 1 -> Hostile.randomChars(r, r.nextInt(30));
            case 2 -> r.nextInt(50) == 0 ? "x".repeat(Hostile.MEGA) : "plain text";
            default -> "";
        };
    }

    private static Object integer(Random r) {
        return switch (r.nextInt(8)) {
            case 0 -> Long.MIN_VALUE;
            case 1 -> Long.MAX_VALUE;
            case 2 -> BigInteger.TEN.pow(4299 + r.nextInt(3)).negate();
            case 3 -> BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE);
            default -> (long) (r.nextGaussian() * 1e6);
        };
    }

    private static double floating(Random r) {
        return switch (r.nextInt(8)) {
            case 0 -> Double.NaN;
            case 1 -> r.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            case 2 -> -0.0;
            case 3 -> Double.MIN_VALUE * r.nextInt(1000);
            case 4 -> Double.longBitsToDouble(r.nextLong());
            case 5 -> Math.scalb(r.nextDouble(), r.nextInt(2000) - 1000);
            default -> r.nextGaussian() * 1e3;
        };
    }
}
