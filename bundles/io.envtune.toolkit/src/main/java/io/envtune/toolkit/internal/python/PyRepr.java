package io.envtune.toolkit.internal.python;

import io.envtune.toolkit.value.PyComplex;
import io.envtune.toolkit.value.PyDecimal;
import io.envtune.toolkit.value.PyException;
import io.envtune.toolkit.value.PyObject;
import io.envtune.toolkit.value.PyTuple;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CPython 3.11 {@code repr()} and {@code str()} of values of the Python value model: quotes and escapes of strings,
 * {@code {'k': v}}, {@code [a, b]}, {@code (a,)}, {@code set()}, {@code True/None}, float repr, {@code Ellipsis},
 * {@code Decimal('..')}, {@code mpf('..')}, {@code mpc(real='..', imag='..')}, complex.
 *
 * <p>A {@link PyObject} prints as its {@link Object#toString()}, so a domain object reproduces its Python
 * {@code __repr__} by overriding it. Sets print in their Java iteration order (CPython's hash order is not
 * reproduced). Ints longer than 4300 digits raise CPython's {@code ValueError} text as a {@link PyException}.
 */
public final class PyRepr {

    private PyRepr() {
    }

    /**
     * @param value a Python value
     * @return {@code repr(value)}
     */
    public static String repr(Object value) {
        StringBuilder sb = new StringBuilder();
        append(sb, value);
        return sb.toString();
    }

    /**
     * @param value a Python value
     * @return {@code str(value)} (a string is itself; containers print their elements' repr; a Decimal prints its
     *         digits; an mpf prints its repr digits, where mpmath's str would show {@code dps} digits only)
     */
    public static String str(Object value) {
        if (value instanceof String s) {
            return s;
        } else if (value instanceof PyDecimal d) {
            return d.text();
        } else if (value instanceof Mpf m) {
            return m.text();
        }
        return repr(value);
    }

    /**
     * Appends {@code repr(value)}.
     *
     * @param sb the target
     * @param value a Python value
     */
    public static void append(StringBuilder sb, Object value) {
        if (value == null) {
            sb.append("None");
        } else if (value instanceof String s) {
            StrBasics.appendRepr(sb, s);
        } else if (value instanceof Boolean b) {
            sb.append(b ? "True" : "False");
        } else if (value instanceof Double || value instanceof Float) {
            sb.append(PyFloat.repr(((Number) value).doubleValue()));
        } else if (value instanceof BigInteger big) {
            sb.append(NumberText.intText(big));
        } else if (PyTypes.isIntegral(value)) {
            sb.append(((Number) value).longValue());
        } else if (!appendContainer(sb, value)) {
            appendOther(sb, value);
        }
    }

    private static boolean appendContainer(StringBuilder sb, Object value) {
        if (value instanceof List<?> list) {
            appendItems(sb, "[", list, "]");
        } else if (value instanceof Map<?, ?> map) {
            appendMap(sb, map);
        } else if (value instanceof PyTuple t) {
            appendItems(sb, "(", t.items(), t.items().size() == 1 ? ",)" : ")");
        } else if (value instanceof Set<?> set) {
            if (set.isEmpty()) {
                sb.append("set()");
            } else {
                appendItems(sb, "{", set, "}");
            }
        } else {
            return false;
        }
        return true;
    }

    private static void appendOther(StringBuilder sb, Object value) {
        if (value instanceof PyDecimal d) {
            sb.append("Decimal('").append(d.text()).append("')");
        } else if (value instanceof Mpf m) {
            sb.append("mpf('").append(m.text()).append("')");
        } else if (value instanceof Mpc m) {
            sb.append("mpc(real='").append(m.real()).append("', imag='").append(m.imag()).append("')");
        } else if (value instanceof PyComplex c) {
            appendComplex(sb, c);
        } else if (value instanceof PyEllipsis) {
            sb.append("Ellipsis");
        } else {
            sb.append(value);
        }
    }

    private static void appendItems(StringBuilder sb, String open, Collection<?> items, String close) {
        sb.append(open);
        Iterator<?> it = items.iterator();
        while (it.hasNext()) {
            append(sb, it.next());
            if (it.hasNext()) {
                sb.append(", ");
            }
        }
        sb.append(close);
    }

    private static void appendMap(StringBuilder sb, Map<?, ?> map) {
        sb.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            append(sb, e.getKey());
            sb.append(": ");
            append(sb, e.getValue());
        }
        sb.append('}');
    }

    /** {@code 2j}, {@code (1+2j)}, {@code (1.5-0j)}: parts without the {@code .0} that float repr adds. */
    private static void appendComplex(StringBuilder sb, PyComplex c) {
        String imag = complexPart(c.imag()) + "j";
        boolean positiveZeroReal = c.real() == 0.0 && 1.0 / c.real() > 0;
        if (positiveZeroReal) {
            sb.append(imag);
            return;
        }
        boolean imagNegative = c.imag() < 0 || (c.imag() == 0.0 && 1.0 / c.imag() < 0);
        sb.append('(').append(complexPart(c.real()));
        sb.append(imagNegative ? "" : "+").append(imag).append(')');
    }

    private static String complexPart(double d) {
        String r = PyFloat.repr(d);
        return r.endsWith(".0") ? r.substring(0, r.length() - 2) : r;
    }
}
