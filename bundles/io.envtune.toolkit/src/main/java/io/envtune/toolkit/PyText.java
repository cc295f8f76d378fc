package io.envtune.toolkit;

import io.envtune.toolkit.internal.python.PyFloat;
import io.envtune.toolkit.internal.python.PyJson;
import io.envtune.toolkit.internal.python.PyRepr;
import io.envtune.toolkit.internal.python.PyStrings;
import io.envtune.toolkit.value.NotSerializableException;
import io.envtune.toolkit.value.PyException;
import io.envtune.toolkit.value.PyObject;
import java.util.List;

/**
 * Python's texts of values, for domains: {@code repr(x)} and {@code str(x)}, float repr, {@code round} and
 * {@code %.Nf}, {@code json.dumps} and the canonical state JSON, and the {@code str} methods whose Java look-alikes
 * differ ({@code lower}, {@code strip}, {@code split}, {@code splitlines}, {@code len}, ordering). Byte for byte
 * CPython 3.11. Stateless and thread-safe.
 */
public final class PyText {

    private PyText() {
    }

    /**
     * @param value a Python value
     * @return {@code repr(value)}
     */
    public static String repr(Object value) {
        return PyRepr.repr(value);
    }

    /**
     * @param value a Python value
     * @return {@code str(value)} (a string is itself; containers print their elements' repr; a Decimal prints its
     *         digits; an mpf prints its repr digits, where mpmath's str would show {@code dps} digits only)
     */
    public static String str(Object value) {
        return PyRepr.str(value);
    }

    /**
     * @param x a double
     * @return {@code repr(x)}: {@code 10000.0}, {@code 1e-05}, {@code 1e+16}, {@code inf}, {@code nan}
     */
    public static String floatRepr(double x) {
        return PyFloat.repr(x);
    }

    /**
     * @param x a double
     * @param decimals digits after the point
     * @return {@code f"{x:.<decimals>f}"}
     */
    public static String fixed(double x, int decimals) {
        return PyFloat.fixed(x, decimals);
    }

    /**
     * The text of a float as {@code json.dumps} writes it: like {@link #repr(double)}, with {@code NaN},
     * {@code Infinity} and {@code -Infinity} for the non-finite values.
     *
     * @param x a double
     * @return the JSON number text
     */
    public static String jsonText(double x) {
        return PyFloat.jsonText(x);
    }

    /**
     * {@code json.dumps(value)} with the defaults: separators {@code ", "} and {@code ": "}, insertion order,
     * {@code ensure_ascii}, NaN/Infinity literals, int/float/bool/None keys converted to strings.
     *
     * @param value a Python value
     * @return the JSON text
     * @throws NotSerializableException (unchecked) for values json.dumps rejects (Decimal, mpf, set, complex, …)
     */
    public static String dumps(Object value) {
        return PyJson.dumps(value);
    }

    /**
     * The canonical state JSON of the BFCL fixtures: {@code sort_keys}, compact separators, ASCII, int keys rendered as
     * {@code "#int:" + n}, sets sorted, {@link PyObject}s with {@code "__class__"}. Beyond the fixtures' rules: other
     * non-str keys render as {@code "#bool:True"}, {@code "#float:<repr>"}, {@code "#None"}; non-finite floats as
     * {@code NaN}/{@code Infinity}; Decimal, mpf, mpc, complex and Ellipsis as the JSON string of their repr.
     *
     * @param value a Python value (usually the attribute map of a state)
     * @return the canonical JSON text
     */
    public static String canonical(Object value) {
        return PyJson.canonical(value);
    }

    /**
     * @param s a string
     * @return {@code s.lower()} (Unicode lower-casing, locale-independent)
     */
    public static String lower(String s) {
        return PyStrings.lower(s);
    }

    /**
     * @param s a string
     * @return {@code s.strip()} (Python's whitespace set, not Java's)
     */
    public static String strip(String s) {
        return PyStrings.strip(s);
    }

    /**
     * @param s a string
     * @return {@code s.split()} (runs of Unicode whitespace, no empty pieces)
     */
    public static List<String> split(String s) {
        return PyStrings.split(s);
    }

    /**
     * @param s a string
     * @return {@code s.splitlines()} (all of Python's line boundaries; no final empty piece)
     */
    public static List<String> splitlines(String s) {
        return PyStrings.splitlines(s);
    }

    /**
     * @param s a string
     * @return {@code len(s)} in code points
     */
    public static int len(String s) {
        return PyStrings.len(s);
    }

    /**
     * Python's string ordering ({@code <}, {@code sorted()}): by code point, which differs from
     * {@link String#compareTo} for characters above U+FFFF.
     *
     * @param a a string
     * @param b a string
     * @return negative, zero or positive
     */
    public static int compare(String a, String b) {
        return PyStrings.compare(a, b);
    }

    /**
     * The receiver of a str method called on a value that may be anything, as tools call {@code value.lower()} on
     * their arguments.
     *
     * @param value the receiver
     * @param method the method name, for the error text
     * @param parameter the parameter that supplied the value, or null
     * @return the value, when it is a str
     * @throws PyException {@code AttributeError: 'int' object has no attribute 'lower'} otherwise
     */
    public static String receiver(Object value, String method, String parameter) {
        return PyStrings.receiver(value, method, parameter);
    }
}
