package io.envtune.toolkit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertSame;

import io.envtune.toolkit.internal.python.JsonValues;
import io.envtune.toolkit.internal.python.PyEllipsis;
import io.envtune.toolkit.internal.python.PyRepr;
import io.envtune.toolkit.internal.python.PyTypes;
import io.envtune.toolkit.value.PyException;
import io.envtune.toolkit.value.PyTuple;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** JSON reading into the value model, deep copy, and type helpers. */
public final class JsonValuesTest {

    @Test
    public void numbersKeepTheirKind() {
        Map<?, ?> m = (Map<?, ?>) JsonValues.fromJson("{\"a\": 10000.0, \"b\": 10000, \"c\": 1e5, \"d\": -0,"
                + " \"e\": 123456789012345678901234567890, \"f\": [true, null, \"s\"]}");
        assertEquals(10000.0, m.get("a"));
        assertEquals(10000L, m.get("b"));
        assertEquals(1e5, m.get("c"));
        assertEquals(0L, m.get("d"));
        assertEquals(new BigInteger("123456789012345678901234567890"), m.get("e"));
        assertEquals("[True, None, 's']", PyRepr.repr(m.get("f")));
        assertEquals("['b', 'a']", PyRepr.repr(List.copyOf(((Map<?, ?>) JsonValues.fromJson(
                "{\"b\": 1, \"a\": 2}")).keySet())));
    }

    @Test
    public void ellipsisMarker() {
        assertSame(PyEllipsis.INSTANCE, JsonValues.fromJson("{\"__python_ellipsis__\": true}"));
    }

    @Test(expected = IllegalArgumentException.class)
    public void rejectsTrailingGarbage() {
        JsonValues.fromJson("{} x");
    }

    @Test(expected = IllegalArgumentException.class)
    public void rejectsDeepNesting() {
        JsonValues.fromJson("[".repeat(100_000));
    }

    @Test
    public void deepCopyIsDeep() {
        Object v = JsonValues.fromJson("{\"a\": [{\"b\": [1]}]}");
        Object c = JsonValues.deepCopy(v);
        assertEquals(PyRepr.repr(v), PyRepr.repr(c));
        assertNotSame(((Map<?, ?>) v).get("a"), ((Map<?, ?>) c).get("a"));
    }

    @Test
    public void typeHelpers() {
        assertEquals("NoneType", PyTypes.typeName(null));
        assertEquals("bool", PyTypes.typeName(true));
        assertEquals("int", PyTypes.typeName(3L));
        assertEquals("float", PyTypes.typeName(3.0));
        assertEquals("tuple", PyTypes.typeName(new PyTuple(List.of())));
        assertEquals(10.5, PyTypes.toDouble(" 1_0.5 "), 0.0);
        assertEquals(12L, PyTypes.toInt("00012"));
        assertEquals(3L, PyTypes.toInt(3.9));
        assertEquals(-3L, PyTypes.toInt(-3.9));
        assertEquals(true, PyTypes.truthy(List.of(1L)));
        assertEquals(false, PyTypes.truthy(""));
        assertEquals(false, PyTypes.truthy(0.0));
    }

    @Test
    public void conversionErrorsUsePythonText() {
        assertMessage("could not convert string to float: 'abc'", () -> PyTypes.toDouble("abc"));
        assertMessage("could not convert string to float: '1__0'", () -> PyTypes.toDouble("1__0"));
        assertMessage("invalid literal for int() with base 10: '1.5'", () -> PyTypes.toInt("1.5"));
        assertMessage("float() argument must be a string or a real number, not 'NoneType'",
                () -> PyTypes.toDouble(null));
        assertMessage("int() argument must be a string, a bytes-like object or a real number, not 'list'",
                () -> PyTypes.toInt(List.of()));
        assertMessage("cannot convert float infinity to integer", () -> PyTypes.toInt(Double.POSITIVE_INFINITY));
    }

    static void assertMessage(String expected, Runnable r) {
        try {
            r.run();
        } catch (PyException e) {
            assertEquals(expected, e.getMessage());
            return;
        }
        throw new AssertionError("no PyException; expected " + expected);
    }
}
