package io.envtune.toolkit;

import static org.junit.Assert.assertEquals;

import io.envtune.toolkit.internal.python.PyFloat;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** Float repr, round and %.nf against values generated with CPython 3.11 (resources next to this class). */
public final class PyFloatTest {

    static List<String[]> lines(String resource) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                PyFloatTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                out.add(line.split(" "));
            }
        }
        return out;
    }

    static double bits(String hex) {
        return Double.longBitsToDouble(Long.parseUnsignedLong(hex, 16));
    }

    @Test
    public void reprMatchesCPythonOnGeneratedDoubles() throws IOException {
        List<String[]> cases = lines("float_repr.txt");
        assertEquals(2629, cases.size());
        for (String[] c : cases) {
            assertEquals(c[0], c[1], PyFloat.repr(bits(c[0])));
        }
    }

    @Test
    public void reprOfGuideCheckValues() {
        assertEquals("113.56230000000001", PyFloat.repr(113.56230000000001));
        assertEquals("4.85340659285368", PyFloat.repr(4.85340659285368));
        assertEquals("999999999999.9999", PyFloat.repr(999999999999.9999));
        assertEquals("5e-09", PyFloat.repr(5e-09));
        assertEquals("1.0715086071862673e+301", PyFloat.repr(1.0715086071862673e+301));
        assertEquals("1e+23", PyFloat.repr(1e23));
        assertEquals("2.82879384806159e+17", PyFloat.repr(2.82879384806159e+17));
        assertEquals("10000.0", PyFloat.repr(10000.0));
        assertEquals("0.0001", PyFloat.repr(0.0001));
        assertEquals("1e-05", PyFloat.repr(1e-05));
        assertEquals("123456789012345.0", PyFloat.repr(123456789012345.0));
        assertEquals("1e+16", PyFloat.repr(1e16));
        assertEquals("-0.0", PyFloat.repr(-0.0));
        assertEquals("inf", PyFloat.repr(Double.POSITIVE_INFINITY));
        assertEquals("-inf", PyFloat.repr(Double.NEGATIVE_INFINITY));
        assertEquals("nan", PyFloat.repr(Double.NaN));
    }

    @Test
    public void roundAndFixedMatchCPython() throws IOException {
        for (String[] c : lines("float_round.txt")) {
            double x = bits(c[0]);
            int n = Integer.parseInt(c[1]);
            assertEquals(c[0] + " round " + n, c[2], PyFloat.repr(PyFloat.round(x, n)));
            assertEquals(c[0] + " fixed " + n, c[3], PyFloat.fixed(x, Math.max(n, 0)));
        }
    }

    @Test
    public void roundEdgeCases() {
        assertEquals("2.67", PyFloat.repr(PyFloat.round(2.675, 2)));
        assertEquals("-0.0", PyFloat.repr(PyFloat.round(-0.4, 0)));
        assertEquals("2e+300", PyFloat.repr(PyFloat.round(1.5e300, -300)));
        assertEquals(1.5, PyFloat.round(1.5, 400), 0.0);
        assertEquals("inf", PyFloat.repr(PyFloat.round(Double.POSITIVE_INFINITY, 2)));
        assertEquals("-0.00", PyFloat.fixed(-0.001, 2));
        assertEquals("514242905553246.88", PyFloat.fixed(514242905553246.9, 2));
        assertEquals("86.00", PyFloat.fixed(86.0, 2));
    }

    @Test
    public void jsonTextUsesJsonLiterals() {
        assertEquals("NaN", PyFloat.jsonText(Double.NaN));
        assertEquals("-Infinity", PyFloat.jsonText(Double.NEGATIVE_INFINITY));
        assertEquals("1e+16", PyFloat.jsonText(1e16));
    }
}
