package io.envtune.env.math.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.envtune.toolkit.value.PyComplex;
import java.math.BigInteger;
import org.junit.Test;

/** The Python operator semantics MathAPI relies on, checked against values printed by CPython 3.11. */
public final class PythonArithmeticTest {

    @Test
    public void negativeBaseWithFractionalExponentIsComplex() {
        assertEquals(new PyComplex(1.0000000000000002, 1.7320508075688772), PyPower.pow(-8L, 1.0 / 3));
        assertEquals(new PyComplex(1.7319121124709868e-16, 2.8284271247461903), PyPower.pow(-8.0, 0.5));
        assertEquals(new PyComplex(6.123233995736766e+83, 1e+100), PyPower.pow(-1e200, 0.5));
        assertEquals(new PyComplex(2.1648901405887335e-17, -0.3535533905932738), PyPower.pow(-8L, -0.5));
    }

    @Test
    public void intPowersStayExactAndNegativeExponentsGoFloat() {
        assertEquals(new BigInteger("100000000000000000000"), PyPower.pow(10L, 20L));
        assertEquals(1L, PyPower.pow(true, 2L));
        assertEquals(-0.125, PyPower.pow(-2L, -3L));
        assertEquals(1.4142135623730951, PyPower.pow(2L, 0.5));
        assertEquals(1e-310, PyPower.pow(10.0, -310L));
        assertEquals(0.0, PyPower.pow(10.0, -400L));
        assertEquals(1.0715086071862673e+301, PyPower.pow(2.0, 1000L));
    }

    @Test
    public void floatPowerOverflowRaises() {
        PyError e = assertRaises(() -> PyPower.pow(10.0, 400L));
        assertEquals(PyError.Type.OVERFLOW, e.type());
        assertEquals("(34, 'Numerical result out of range')", e.getMessage());
    }

    @Test
    public void mixedArithmeticPromotesLikePython() {
        assertEquals(0.30000000000000004, PyNumbers.add(0.1, 0.2));
        assertEquals(2L, PyNumbers.add(true, 1L));
        assertEquals(7.5, PyNumbers.sub(10L, 2.5));
        assertEquals(Double.POSITIVE_INFINITY, PyNumbers.mul(1e200, 1e200));
        assertEquals(3.5, PyNumbers.trueDiv(7L, 2L), 0.0);
        BigInteger huge = BigInteger.TWO.pow(1100);
        assertEquals("int too large to convert to float", assertRaises(() -> PyNumbers.add(huge, 1.0)).getMessage());
        assertEquals(huge.divide(BigInteger.TWO.pow(1000)).doubleValue(),
            PyNumbers.trueDiv(huge, BigInteger.TWO.pow(1000)), 0.0);
    }

    @Test
    public void roundIsHalfEven() {
        assertEquals(2.0, PyRound.round(2.5, 0L));
        assertEquals(12300L, PyRound.round(12345L, -2L));
        assertEquals(20L, PyRound.round(25L, -1L));
        assertEquals(40L, PyRound.round(35L, -1L));
        assertEquals(0L, PyRound.round(12345L, -1000L));
        assertEquals(-0.0, PyRound.round(-1.5e300, -400L));
        assertEquals(2L, PyRound.round(2.5, null));
    }

    @Test
    public void comparisonsAreExactAcrossIntAndFloat() {
        assertTrue(PyOrder.compare(9007199254740993L, 9007199254740992.0, true));
        assertFalse(PyOrder.compare(1L, Double.NaN, false));
        assertTrue(PyOrder.compare("b", "a", true));
        assertTrue(PyOrder.compare(1L, Double.POSITIVE_INFINITY, false));
    }

    private static PyError assertRaises(Runnable body) {
        try {
            body.run();
        } catch (PyError e) {
            return e;
        }
        throw new AssertionError("expected a PyError");
    }
}
