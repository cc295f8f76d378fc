package io.envtune.toolkit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.envtune.toolkit.internal.python.PyMath;
import io.envtune.toolkit.internal.python.PyRepr;
import io.envtune.toolkit.internal.python.PyTypes;
import io.envtune.toolkit.value.PyException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/**
 * Decimal square roots and mpmath logarithms against CPython 3.11 decimal and mpmath 1.3.0 (pymath_cases.jsonl:
 * random and edge inputs, the fixtures' cases included).
 */
public final class PyMathTest {

    private static Object decode(JsonObject o) {
        if (o.has("bool")) {
            return o.get("bool").getAsBoolean();
        } else if (o.has("int")) {
            return PyTypes.normalize(new BigInteger(o.get("int").getAsString()));
        }
        return Double.longBitsToDouble(Long.parseUnsignedLong(o.get("float").getAsString(), 16));
    }

    private static String log(Object v, Object b, int p) {
        try {
            return PyRepr.repr(PyMath.mpLog(v, b, p));
        } catch (PyException e) {
            return "ZeroDivisionError:" + e.getMessage();
        }
    }

    private static String sqrt(Object n, int p) {
        try {
            return PyMath.decimalSqrt(n, p).text();
        } catch (PyException e) {
            return (e.getMessage().contains("InvalidOperation") ? "InvalidOperation:" : "Error:") + e.getMessage();
        }
    }

    @Test
    public void matchesCPythonAndMpmath() throws IOException {
        List<String> mismatches = new ArrayList<>();
        int total = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("pymath_cases.jsonl"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                JsonArray c = JsonParser.parseString(line).getAsJsonArray();
                String actual;
                String expected;
                if (c.get(0).getAsString().equals("log")) {
                    actual = log(decode(c.get(1).getAsJsonObject()), decode(c.get(2).getAsJsonObject()),
                            c.get(3).getAsInt());
                    expected = c.get(4).getAsString();
                } else {
                    actual = sqrt(decode(c.get(1).getAsJsonObject()), c.get(2).getAsInt());
                    expected = c.get(3).getAsString();
                }
                total++;
                if (!expected.equals(actual)) {
                    mismatches.add(line + "\n   actual " + actual);
                }
            }
        }
        assertTrue(total > 3000);
        assertTrue(mismatches.size() + " of " + total + "\n" + String.join("\n", mismatches.subList(0,
                Math.min(30, mismatches.size()))), mismatches.isEmpty());
    }

    @Test
    public void guideExamples() {
        assertEquals("mpf('1.3027')", PyRepr.repr(PyMath.mpLog(20L, 10L, 2)));
        assertEquals("mpf('2.9999999999999996')", PyRepr.repr(PyMath.mpLog(1000L, 10L, 15)));
        assertEquals("mpc(real='3.0', imag='4.5323639')", PyRepr.repr(PyMath.mpLog(-8L, 2L, 5)));
        assertEquals("mpf('-inf')", PyRepr.repr(PyMath.mpLog(0L, 10L, 5)));
        assertEquals("Decimal('1.4142')", PyRepr.repr(PyMath.decimalSqrt(2L, 5)));
        assertEquals("Decimal('4')", PyRepr.repr(PyMath.decimalSqrt(16.0, 10)));
        assertEquals("Decimal('1.0E+5')", PyRepr.repr(PyMath.decimalSqrt(1e10, 2)));
        assertEquals("Decimal('0')", PyRepr.repr(PyMath.decimalSqrt(0L, 5)));
    }

    @Test
    public void logOfOneOverOneRaisesAnEmptyZeroDivisionError() {
        JsonValuesTest.assertMessage("", () -> PyMath.mpLog(1L, 1L, 5));
    }
}
