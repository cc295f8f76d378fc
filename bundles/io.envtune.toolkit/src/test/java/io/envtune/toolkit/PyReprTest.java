package io.envtune.toolkit;

import static org.junit.Assert.assertEquals;

import io.envtune.toolkit.internal.python.Mpc;
import io.envtune.toolkit.internal.python.Mpf;
import io.envtune.toolkit.internal.python.PyEllipsis;
import io.envtune.toolkit.internal.python.PyRepr;
import io.envtune.toolkit.value.PyComplex;
import io.envtune.toolkit.value.PyDecimal;
import io.envtune.toolkit.value.PyException;
import io.envtune.toolkit.value.PyTuple;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

/** repr/str against CPython 3.11 output. */
public final class PyReprTest {

    @Test
    public void stringQuotesAndEscapes() {
        assertEquals("\"it's\"", PyRepr.repr("it's"));
        assertEquals("'say \"hi\"'", PyRepr.repr("say \"hi\""));
        assertEquals("'both \\' and \"'", PyRepr.repr("both ' and \""));
        assertEquals("'tab\\tnl\\ncr\\r'", PyRepr.repr("tab\tnl\ncr\r"));
        assertEquals("'\\x00\\x1f\\x7f\\x80\\x85\\xa0\\xad'", PyRepr.repr("\u0000\u001f\u007f\u0080\u0085\u00a0\u00ad"));
        assertEquals("'é漢字😀'", PyRepr.repr("é漢字😀"));
        assertEquals("'\\u2028\\u200b\\ue000'", PyRepr.repr("\u2028\u200b\ue000"));
        assertEquals("'\\\\ back'", PyRepr.repr("\\ back"));
        assertEquals("'\\U000e0001'", PyRepr.repr(new String(Character.toChars(0xe0001))));
        assertEquals("'\\ud800'", PyRepr.repr("\ud800"));
    }

    @Test
    public void containers() {
        Map<Object, Object> m = new LinkedHashMap<>();
        m.put("a", Arrays.asList(1L, 2.5, null, true));
        m.put("b", new PyTuple(List.of("x")));
        m.put("c", new PyTuple(List.of()));
        m.put("d", new LinkedHashSet<>());
        m.put("e", new LinkedHashSet<>(List.of(3L)));
        m.put(1L, -0.0);
        assertEquals("{'a': [1, 2.5, None, True], 'b': ('x',), 'c': (), 'd': set(), 'e': {3}, 1: -0.0}",
                PyRepr.repr(m));
        assertEquals("(1, 'a')", PyRepr.repr(new PyTuple(List.of(1L, "a"))));
        assertEquals("[]", PyRepr.repr(new ArrayList<>()));
        assertEquals("{}", PyRepr.repr(new LinkedHashMap<>()));
    }

    @Test
    public void numbersAndSpecials() {
        assertEquals("100000000000000000000", PyRepr.repr(new BigInteger("100000000000000000000")));
        assertEquals("7", PyRepr.repr(7));
        assertEquals("Decimal('1.4142')", PyRepr.repr(new PyDecimal("1.4142")));
        assertEquals("mpf('2.299121531134')", PyRepr.repr(new Mpf("2.299121531134")));
        assertEquals("mpc(real='3.0', imag='4.5323639')", PyRepr.repr(new Mpc("3.0", "4.5323639")));
        assertEquals("(1.0000000000000002+1.7320508075688772j)",
                PyRepr.repr(new PyComplex(1.0000000000000002, 1.7320508075688772)));
        assertEquals("2j", PyRepr.repr(new PyComplex(0.0, 2.0)));
        assertEquals("(1-2j)", PyRepr.repr(new PyComplex(1.0, -2.0)));
        assertEquals("(-0+0j)", PyRepr.repr(new PyComplex(-0.0, 0.0)));
        assertEquals("(1.5-0j)", PyRepr.repr(new PyComplex(1.5, -0.0)));
        assertEquals("1.5j", PyRepr.repr(new PyComplex(0.0, 1.5)));
        assertEquals("[Decimal('1.4142'), Ellipsis]",
                PyRepr.str(Arrays.asList(new PyDecimal("1.4142"), PyEllipsis.INSTANCE)));
        assertEquals("None", PyRepr.str(null));
        assertEquals("abc", PyRepr.str("abc"));
        assertEquals("True", PyRepr.str(true));
    }

    @Test(expected = PyException.class)
    public void hugeIntsHitCPythonsDigitLimit() {
        PyRepr.repr(BigInteger.TEN.pow(5000));
    }

    @Test
    public void setOrderIsIterationOrder() {
        Set<Object> s = new LinkedHashSet<>(List.of(3L, 1L));
        assertEquals("{3, 1}", PyRepr.repr(s));
    }
}
