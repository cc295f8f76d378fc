package io.envtune.toolkit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.envtune.toolkit.internal.python.PyCompare;
import io.envtune.toolkit.value.PyException;
import io.envtune.toolkit.value.PyTuple;
import java.math.BigInteger;
import java.util.List;
import org.junit.Test;

/** Python's ordering operators; expected values and texts from CPython 3.11.7. */
public final class PyCompareTest {

    @Test
    public void numbersCompareExactlyAcrossKinds() {
        assertTrue(PyCompare.lt(1L, 1.5));
        assertTrue(PyCompare.le(2L, 2.0));
        assertTrue(PyCompare.gt(9007199254740993L, 9007199254740992.0));
        assertTrue(PyCompare.ge(Double.POSITIVE_INFINITY, BigInteger.TEN.pow(400)));
        assertTrue(PyCompare.lt(true, 2L));
        assertFalse(PyCompare.lt(Double.NaN, 1L));
        assertFalse(PyCompare.ge(Double.NaN, Double.NaN));
        assertFalse(PyCompare.lt(-0.0, 0L));
    }

    @Test
    public void stringsCompareByCodePointAndSequencesElementwise() {
        assertTrue(PyCompare.lt("\uffff", "\ud83d\ude00"));
        assertTrue(PyCompare.lt("ab", "abc"));
        assertTrue(PyCompare.lt(List.of(1L), List.of(1L, 0L)));
        assertTrue(PyCompare.le(new PyTuple(List.of(1L)), new PyTuple(List.of(1.0))));
        assertTrue(PyCompare.gt(List.of(1L, "b"), List.of(1.0, "a")));
    }

    @Test
    public void otherPairsRaiseCPythonsTypeError() {
        assertEquals("'<' not supported between instances of 'list' and 'tuple'",
                error(() -> PyCompare.lt(List.of(1L), new PyTuple(List.of(1L)))));
        assertEquals("'<' not supported between instances of 'int' and 'str'",
                error(() -> PyCompare.lt(List.of(1L), List.of("a"))));
        assertEquals("'<' not supported between instances of 'NoneType' and 'NoneType'",
                error(() -> PyCompare.lt(null, null)));
        try {
            PyCompare.compare(">=", "a", 1L, "amount");
            fail();
        } catch (PyException e) {
            assertEquals("'>=' not supported between instances of 'str' and 'int'", e.getMessage());
            assertEquals("amount", e.parameter());
        }
    }

    static String error(Runnable action) {
        try {
            action.run();
        } catch (PyException e) {
            return e.getMessage();
        }
        throw new AssertionError("no PyException");
    }
}
