package io.envtune.toolkit;

import static io.envtune.toolkit.PyCompareTest.error;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.internal.python.PyContainers;
import io.envtune.toolkit.internal.python.PyDicts;
import io.envtune.toolkit.internal.python.PyOps;
import io.envtune.toolkit.internal.python.PyRepr;
import io.envtune.toolkit.internal.python.PyStrings;
import io.envtune.toolkit.value.PyException;
import io.envtune.toolkit.value.PyTuple;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** Python's container operations and in-place operators; expected values and texts from CPython 3.11.7. */
public final class PyContainersTest {

    @Test
    public void dictsLookUpAndStoreUnderPythonEquality() {
        Map<Object, Object> d = new LinkedHashMap<>();
        d.put(1L, "a");
        d.put("x", "b");
        assertTrue(PyDicts.containsKey(d, 1.0, null));
        assertTrue(PyDicts.containsKey(d, true, null));
        assertFalse(PyDicts.containsKey(d, "1", null));
        assertEquals("a", PyDicts.get(d, true, null));
        assertEquals(null, PyDicts.get(d, 2L, null));
        PyDicts.setItem(d, 1.0, "c", null);
        assertEquals("{1: 'c', 'x': 'b'}", PyRepr.repr(d));
        assertSame(d.keySet().iterator().next(), PyDicts.storedKey(d, 1.0, null));
        assertEquals("unhashable type: 'list'", error(() -> PyDicts.containsKey(Map.of(), List.of(1L), null)));
        assertEquals("unhashable type: 'list'", error(() -> PyDicts.containsKey(Map.of(),
                new PyTuple(List.of(1L, List.of(2L))), null)));
    }

    @Test
    public void subscriptsRaiseWhatCPythonRaises() {
        assertEquals("'x'", error(() -> PyDicts.item(Map.of(), "x", FailureKind.NOT_FOUND)));
        assertEquals("list indices must be integers or slices, not str",
                error(() -> PyDicts.item(List.of(), "x", FailureKind.NOT_FOUND)));
        assertEquals("string indices must be integers, not 'str'",
                error(() -> PyDicts.item("s", "x", FailureKind.NOT_FOUND)));
        assertEquals("'NoneType' object is not subscriptable",
                error(() -> PyDicts.item(null, "x", FailureKind.NOT_FOUND)));
        List<Object> list = new ArrayList<>(List.of(1L, 2L));
        PyDicts.setItem(list, -1L, 9L, null);
        assertEquals(List.of(1L, 9L), list);
        assertEquals("list assignment index out of range", error(() -> PyDicts.setItem(list, 5L, 1L, null)));
        assertEquals("list indices must be integers or slices, not float",
                error(() -> PyDicts.setItem(list, 1.0, 1L, null)));
        assertEquals("'str' object does not support item assignment",
                error(() -> PyDicts.setItem("s", "x", 1L, null)));
    }

    @Test
    public void membershipIterationAndLength() {
        assertTrue(PyContainers.contains(Arrays.asList(List.of(1L)), List.of(1.0)));
        assertTrue(PyContainers.contains("abc", "b"));
        assertTrue(PyContainers.contains(new LinkedHashMap<>(Map.of("k", 1L)).values(), 1.0));
        assertEquals("'in <string>' requires string as left operand, not int",
                error(() -> PyContainers.contains("abc", 1L)));
        assertEquals("argument of type 'int' is not iterable", error(() -> PyContainers.contains(5L, 1L)));
        assertEquals("unhashable type: 'list'", error(() -> PyContainers.contains(new LinkedHashSet<>(), List.of())));
        assertEquals(List.of("a", "\ud83d\ude00"), PyContainers.iterate("a\ud83d\ude00", null));
        assertEquals("'NoneType' object is not iterable", error(() -> PyContainers.iterate(null, null)));
        assertEquals(2L, PyContainers.len("a\ud83d\ude00"));
        assertEquals("object of type 'int' has no len()", error(() -> PyContainers.len(5L)));
    }

    @Test
    public void inPlaceOperatorsNameThemselves() {
        assertEquals(2L, PyOps.iadd(true, 1L));
        assertEquals(2.5, PyOps.iadd(1.5, 1L));
        List<Object> list = new ArrayList<>(List.of(1L));
        assertSame(list, PyOps.iadd(list, "xy"));
        assertEquals(Arrays.asList(1L, "x", "y"), list);
        assertEquals("'int' object is not iterable", error(() -> PyOps.iadd(new ArrayList<>(), 1L)));
        assertEquals("can only concatenate str (not \"int\") to str", error(() -> PyOps.iadd("x", 1L)));
        assertEquals("can only concatenate tuple (not \"int\") to tuple",
                error(() -> PyOps.iadd(new PyTuple(List.of(1L)), 1L)));
        assertEquals("unsupported operand type(s) for +=: 'int' and 'str'", error(() -> PyOps.iadd(1L, "x")));
        assertEquals("unsupported operand type(s) for +=: 'NoneType' and 'int'", error(() -> PyOps.iadd(null, 1L)));
        assertEquals("unsupported operand type(s) for -=: 'str' and 'int'", error(() -> PyOps.isub("x", 1L)));
        assertEquals(0.5, PyOps.isub(1.5, 1L));
    }

    @Test
    public void strMethodsOnOtherValuesRaiseAttributeError() {
        assertEquals("x", PyStrings.receiver("x", "lower", null));
        try {
            PyStrings.receiver(5L, "lower", "content");
            fail();
        } catch (PyException e) {
            assertEquals("'int' object has no attribute 'lower'", e.getMessage());
            assertEquals("content", e.parameter());
            assertEquals(FailureKind.WRONG_TYPE, e.kind());
        }
    }
}
