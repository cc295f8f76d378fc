package io.envtune.toolkit.internal.python;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.value.PyException;
import java.util.function.Supplier;

/**
 * CPython 3.11's exceptions for the mistakes a tool sees most often, as {@link PyException}s: a wrong type
 * ({@code TypeError}), a missing attribute or method ({@code AttributeError}) and a missing key ({@code KeyError},
 * whose text is the key's repr). One place for these texts, so every domain prints them alike. Stateless.
 */
public final class PyErrors {

    private PyErrors() {
    }

    /**
     * @param message the {@code TypeError} text
     * @param parameter the parameter at fault, or null
     * @return the exception, of kind {@link FailureKind#WRONG_TYPE}
     */
    public static PyException typeError(String message, String parameter) {
        return new PyException(message, FailureKind.WRONG_TYPE, parameter);
    }

    /**
     * @param value the object whose attribute was looked up
     * @param attribute the attribute or method name
     * @param parameter the parameter that supplied the object, or null
     * @return {@code AttributeError: 'int' object has no attribute 'lower'}, of kind {@link FailureKind#WRONG_TYPE}
     */
    public static PyException attributeError(Object value, String attribute, String parameter) {
        return new PyException("'" + PyTypes.typeName(value) + "' object has no attribute '" + attribute + "'",
                FailureKind.WRONG_TYPE, parameter);
    }

    /**
     * @param key the missing key
     * @param kind what a missing key means where it is raised: a bad id from the model
     *             ({@link FailureKind#NOT_FOUND}) or a malformed state ({@link FailureKind#INTERNAL})
     * @param parameter the parameter that supplied the key, or null
     * @return {@code KeyError}, whose text is the key's repr
     */
    public static PyException keyError(Object key, FailureKind kind, String parameter) {
        return new PyException(PyRepr.repr(key), kind, parameter);
    }

    /**
     * @param op the operator as CPython names it, e.g. {@code +=}
     * @param a the left operand
     * @param b the right operand
     * @return {@code TypeError: unsupported operand type(s) for +=: 'int' and 'str'}
     */
    public static PyException unsupported(String op, Object a, Object b) {
        return typeError("unsupported operand type(s) for " + op + ": '" + PyTypes.typeName(a) + "' and '"
                + PyTypes.typeName(b) + "'", null);
    }

    /**
     * Runs a Python operation on behalf of one parameter: a {@link PyException} it raises that names no parameter
     * is raised again naming this one (same text and kind), so the failure points at the argument to fix.
     *
     * @param parameter the parameter whose value the operation works on
     * @param operation the operation, e.g. {@code () -> PyOps.isub(balance, cost)}
     * @param <T> the result type
     * @return the operation's result
     */
    public static <T> T blaming(String parameter, Supplier<T> operation) {
        try {
            return operation.get();
        } catch (PyException e) {
            if (e.parameter() != null) {
                throw e;
            }
            throw new PyException(e.getMessage(), e.kind(), parameter);
        }
    }
}
