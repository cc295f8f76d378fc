package io.envtune.toolkit;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.envtune.toolkit.internal.python.PyEquality;
import io.envtune.toolkit.value.PyTuple;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** Python == semantics. */
public final class PyEqualityTest {

    @Test
    public void numbersCompareAcrossKinds() {
        assertTrue(PyEquality.eq(1L, 1.0));
        assertTrue(PyEquality.eq(true, 1L));
        assertTrue(PyEquality.eq(1.0, true));
        assertTrue(PyEquality.eq(0.0, -0.0));
        assertTrue(PyEquality.eq(new BigInteger("100000000000000000000"), 1e20));
        assertFalse(PyEquality.eq(9007199254740993L, 9007199254740992.0));
        assertFalse(PyEquality.eq("1", 1L));
        assertFalse(PyEquality.eq(Double.NaN, Double.NaN));
        assertFalse(PyEquality.eq(null, 0L));
        assertTrue(PyEquality.eq(null, null));
    }

    @Test
    public void containers() {
        assertTrue(PyEquality.eq(Arrays.asList(1L, "a"), Arrays.asList(1.0, "a")));
        assertFalse(PyEquality.eq(Arrays.asList(1L, 2L), Arrays.asList(2L, 1L)));
        assertFalse(PyEquality.eq(List.of(1L), new PyTuple(List.of(1L))));
        Map<Object, Object> a = new LinkedHashMap<>();
        a.put("x", 1L);
        a.put(2L, "y");
        Map<Object, Object> b = new LinkedHashMap<>();
        b.put(2.0, "y");
        b.put("x", true);
        assertTrue(PyEquality.eq(a, b));
        b.put("z", null);
        assertFalse(PyEquality.eq(a, b));
        assertTrue(PyEquality.eq(new LinkedHashSet<>(List.of(1L, 2L)), new LinkedHashSet<>(List.of(2L, 1.0))));
    }

    @Test
    public void ordering() {
        assertTrue(PyEquality.compareNumbers(1L, 1.5) < 0);
        assertTrue(PyEquality.compareNumbers(new BigInteger("100000000000000000001"), 1e20) > 0);
        assertTrue(PyEquality.compareNumbers(true, 0.5) > 0);
    }
}
