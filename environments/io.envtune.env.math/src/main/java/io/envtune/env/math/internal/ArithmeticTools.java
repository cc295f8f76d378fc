package io.envtune.env.math.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.BoundArgs;
import io.envtune.toolkit.PyValues;
import java.math.BigInteger;

/**
 * MathAPI's two-operand tools and {@code absolute_value}/{@code round_number}. Python operators do the work, so
 * types flow through ({@code add('a', 'b')} concatenates); only {@code multiply} checks its inputs first.
 */
final class ArithmeticTools {

    private ArithmeticTools() {
    }

    static Object add(BoundArgs args) {
        return Guard.typeError(() -> MathResults.ok(PyNumbers.add(args.get("a"), args.get("b"))),
            MathResults::notNumbers);
    }

    static Object subtract(BoundArgs args) {
        return Guard.typeError(() -> MathResults.ok(PyNumbers.sub(args.get("a"), args.get("b"))),
            MathResults::notNumbers);
    }

    static Object multiply(BoundArgs args) {
        Object a = args.get("a");
        Object b = args.get("b");
        if (!PyValues.isNumber(a) || !PyValues.isNumber(b)) {
            return MathResults.notNumbers();
        }
        return Guard.uncaught(() -> MathResults.ok(PyNumbers.mul(a, b)));
    }

    static Object divide(BoundArgs args) {
        Object b = args.get("b");
        if (PyNumbers.isZero(b)) {
            return MathResults.error("Cannot divide by zero", FailureKind.INVALID_VALUE, "b");
        }
        return Guard.typeError(() -> MathResults.ok(PyNumbers.trueDiv(args.get("a"), b)), MathResults::notNumbers);
    }

    static Object power(BoundArgs args) {
        return Guard.typeError(() -> MathResults.ok(PyPower.pow(args.get("base"), args.get("exponent"))),
            MathResults::notNumbers);
    }

    static Object absoluteValue(BoundArgs args) {
        Object number = args.get("number");
        if (!PyValues.isNumber(number)) {
            // abs() of anything else raises TypeError, which the tool turns into this message.
            return MathResults.error("Input must be a number", FailureKind.WRONG_TYPE, "number");
        }
        if (number instanceof Double d) {
            return MathResults.ok(Math.abs(d));
        }
        BigInteger n = PyValues.toBigInteger(number);
        return MathResults.ok(PyValues.normalize(n.abs()));
    }

    static Object roundNumber(BoundArgs args) {
        return Guard.typeError(() -> MathResults.ok(PyRound.round(args.get("number"), args.get("decimal_places"))),
            () -> MathResults.error("First input must be a number, second input must be an integer",
                FailureKind.WRONG_TYPE, null));
    }

    static Object percentage(BoundArgs args) {
        Object whole = args.get("whole");
        if (PyNumbers.isZero(whole)) {
            return MathResults.error("Whole value cannot be zero", FailureKind.INVALID_VALUE, "whole");
        }
        return Guard.typeError(
            () -> MathResults.ok(PyNumbers.mul(PyNumbers.trueDiv(args.get("part"), whole), 100L)),
            MathResults::notNumbers);
    }
}
