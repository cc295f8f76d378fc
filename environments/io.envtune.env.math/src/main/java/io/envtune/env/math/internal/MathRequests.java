package io.envtune.env.math.internal;

import io.envtune.toolkit.generate.CallText;
import io.envtune.toolkit.generate.Request;
import io.envtune.toolkit.generate.Wording;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

/**
 * Request makers for MathAPI's arithmetic tools. Operands keep every call valid (non-zero divisors, positive roots
 * and logarithms, small int powers). After an int addition, subtraction or multiplication the result is known
 * exactly, so a later request may build on "that result". Not thread-safe.
 */
final class MathRequests {

    private final Wording w;
    private final SplittableRandom r;
    /** The last exact int result, or null. */
    private Long last;

    MathRequests(Wording wording) {
        this.w = wording;
        this.r = wording.random();
    }

    List<IntFunction<Request>> menu() {
        return List.of(room -> add(), room -> subtract(), room -> multiply(), room -> divide(), room -> power(),
            room -> chain(), room -> absolute(), room -> round(), room -> percentage());
    }

    Long last() {
        return last;
    }

    private Request add() {
        Object a = MathNumbers.any(r);
        Object b = MathNumbers.any(r);
        last = a instanceof Long x && b instanceof Long y ? x + y : null;
        return Request.of(w.phrase(List.of("add {a} and {b}", "work out {a} plus {b}", "sum {a} with {b}",
            "compute the total of {a} and {b}", "tell me what {a} + {b} comes to"), "a", show(a), "b", show(b)),
            CallText.of("add", "a", a, "b", b)).vague(w.phrase(List.of("add {a} to another number",
                "sum {a} with something"), "a", show(a)),
                w.phrase(List.of("The other number is {b}.", "Add {b}.", "Use {b} as the second one."), "b", show(b)));
    }

    private Request subtract() {
        Object a = MathNumbers.any(r);
        Object b = MathNumbers.any(r);
        last = a instanceof Long x && b instanceof Long y ? x - y : null;
        return Request.of(w.phrase(List.of("subtract {b} from {a}", "take {b} away from {a}", "compute {a} minus {b}",
            "find what's left when {b} is deducted from {a}"), "a", show(a), "b", show(b)),
            CallText.of("subtract", "a", a, "b", b));
    }

    private Request multiply() {
        Object a = r.nextBoolean() ? (Object) (long) (r.nextInt(400) - 60) : MathNumbers.decimal(r, -20, 90);
        Object b = (long) (2 + r.nextInt(48));
        last = a instanceof Long x ? x * (Long) b : null;
        return Request.of(w.phrase(List.of("multiply {a} by {b}", "work out the product of {a} and {b}",
            "compute {a} times {b}", "scale {a} by a factor of {b}"), "a", show(a), "b", show(b)),
            CallText.of("multiply", "a", a, "b", b));
    }

    private Request divide() {
        Object a = MathNumbers.any(r);
        Object b = r.nextInt(4) == 0 ? MathNumbers.decimal(r, 1, 30) : (Object) (long) (2 + r.nextInt(60));
        last = null;
        return Request.of(w.phrase(List.of("divide {a} by {b}", "split {a} into {b} equal parts and give one share",
            "work out {a} over {b}", "compute the quotient of {a} and {b}"), "a", show(a), "b", show(b)),
            CallText.of("divide", "a", a, "b", b)).vague(w.phrase(List.of("divide {a} by something",
                "split {a} into equal parts"), "a", show(a)),
                w.phrase(List.of("Divide by {b}.", "The divisor is {b}."), "b", show(b)));
    }

    private Request power() {
        long base = r.nextInt(5) == 0 ? -(2 + r.nextInt(8)) : 2 + r.nextInt(14);
        long exponent = r.nextInt(7);
        last = null;
        return Request.of(w.phrase(List.of("raise {b} to the power {e}", "compute {b} to the {e}th power",
            "work out {b}^{e}", "take {b} and raise it to exponent {e}"), "b", base, "e", exponent),
            CallText.of("power", "base", base, "exponent", exponent)).vague(
                w.phrase(List.of("raise {b} to some power", "exponentiate {b}"), "b", base),
                w.phrase(List.of("The exponent is {e}.", "Use power {e}."), "e", exponent));
    }

    private Request chain() {
        if (last == null) {
            return null;
        }
        long k = 2 + r.nextInt(30);
        long previous = last;
        last = previous + k;
        return Request.of(w.phrase(List.of("add {k} to that result", "take the previous answer and increase it by {k}",
            "bump the last result up by {k}"), "k", k), CallText.of("add", "a", previous, "b", k));
    }

    private Request absolute() {
        Object n = r.nextBoolean() ? (Object) (long) -(1 + r.nextInt(9000)) : MathNumbers.decimal(r, -900, 200);
        return Request.of(w.phrase(List.of("give me the absolute value of {n}", "strip the sign off {n}",
            "find the magnitude of {n}", "compute |{n}|"), "n", show(n)), CallText.of("absolute_value", "number", n));
    }

    private Request round() {
        double n = MathNumbers.decimal(r, -300, 3000) + r.nextInt(1000) / 100000.0;
        n = Double.parseDouble(String.format(java.util.Locale.ROOT, "%.5f", n));
        long places = r.nextInt(4);
        String shown = show(n);
        return Request.of(w.phrase(List.of("round {n} to {p} decimal places", "express {n} with {p} digits after the "
            + "point", "trim {n} down to {p} decimals"), "n", shown, "p", places),
            CallText.of("round_number", "number", n, "decimal_places", places)).vague(
                w.phrase(List.of("round {n} for me", "tidy up {n} by rounding it"), "n", shown),
                w.phrase(List.of("Keep {p} decimal places.", "Round to {p} places."), "p", places));
    }

    private Request percentage() {
        long whole = 20 + r.nextInt(5000);
        long part = 1 + r.nextInt((int) whole);
        return Request.of(w.phrase(List.of("tell me what percentage {p} is of {w}", "express {p} as a percent of {w}",
            "work out {p} out of {w} as a percentage"), "p", part, "w", whole),
            CallText.of("percentage", "part", part, "whole", whole)).vague(
                w.phrase(List.of("tell me what percentage {p} is of the total", "express {p} as a share of a total"),
                    "p", part), w.phrase(List.of("The total is {w}.", "The whole is {w}."), "w", whole));
    }

    private static String show(Object n) {
        return MathNumbers.show(n);
    }
}
