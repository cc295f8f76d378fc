package io.envtune.toolkit.fuzz;

import static org.junit.Assert.assertEquals;

import io.envtune.toolkit.internal.python.PyMath;
import io.envtune.toolkit.internal.python.PyRepr;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.junit.Test;

/**
 * MathAPI's {@code logarithm} at high precision, the hang the tool fuzzer found ({@code precision=10000} took 88 s):
 * each case must finish within the fuzz time bound and print exactly what mpmath 1.3.0 prints for
 * {@code mp.dps = p; mp.log(value) / mp.log(base)} (the SHA-256 of that repr, computed with mpmath, since the texts
 * run to 10,000 digits). The 2869-digit case is one the earlier series evaluation got wrong in its last 30 digits.
 */
public class HighPrecisionLogTest {

    /** value, base, precision, SHA-256 of mpmath's repr. */
    private record Case(Object value, Object base, int precision, String sha256) {
    }

    private static final List<Case> CASES = List.of(
        new Case(2L, 3L, 10_000, "9eb1828a2f43f46a1d1bfc73ae3e2bc57f1814544767de64c886ce111271dfa5"),
        new Case(10L, "0.001", 2869, "773a1dfc944c18c97a3c970ccfc315f79db0839e6d2addf8730485fb37fe31c5"),
        new Case(0.5, -2L, 808, "2ea028b63947e6f31abaa483508e97561933895aee29636325cf0160328b836e"),
        new Case(123456789L, 1.7976931348623157e308, 5000,
            "38cabe27acaddcb6bc7aa78ba9ae0415d8eabb119b53a3e986e4f45c4dc214d2"),
        new Case(1.0000000000000002, 2L, 3000, "7da20add82d2f9743760c2805da84a2b4a8c9e9a4b9d5935651ebff429032d93"),
        new Case(5e-324, 10L, 1234, "69ee7b85e284e49a1bde037e5a8abd3c84131a81dda9b6808b90d2684684d578"),
        new Case(7.25, 2.718281828459045, 201, "0eb3df92d9d13a12a3b0eb531b6db0ff4c8ea246358a9eb7f28afe4eeb9f4bdb"),
        new Case(99999999999999999L, 0.9999999999999999, 7777,
            "62870b0cacbc0b6a15ebebbddabc528c57ff516df48e346d04c70ee7bab3e075"));

    @Test
    public void highPrecisionLogarithmsMatchMpmathWithinTheTimeBound() {
        FuzzRun run = new FuzzRun("toolkit-high-precision-log");
        for (Case c : CASES) {
            run.check("# logarithm(" + c.value() + ", " + c.base() + ", " + c.precision() + ")", () -> {
                String repr = PyRepr.repr(PyMath.mpLog(c.value(), c.base(), c.precision()));
                assertEquals(repr.substring(0, Math.min(40, repr.length())), c.sha256(), sha256(repr));
                return "match";
            });
        }
        run.finish();
    }

    private static String sha256(String s) throws NoSuchAlgorithmException {
        byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        return String.format("%064x", new BigInteger(1, d));
    }
}
