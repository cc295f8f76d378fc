package io.envtune.env.math.internal;

import io.envtune.toolkit.generate.CallText;
import io.envtune.toolkit.generate.Request;
import io.envtune.toolkit.generate.Wording;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

/**
 * Request makers for MathAPI's functions of one value or a list: roots, logarithms, statistics and unit conversions,
 * with operands that keep every call valid (positive values, supported unit pairs, lists of three or more).
 */
final class MathFunctions {

    private static final List<String> METRIC = List.of("km", "m", "cm", "mm", "um", "nm");
    private static final List<String> METRIC_WORDS = List.of("kilometres", "metres", "centimetres", "millimetres",
        "micrometres", "nanometres");
    private static final List<String[]> IMPERIAL = List.of(new String[] {"cm", "in"}, new String[] {"in", "cm"},
        new String[] {"m", "ft"}, new String[] {"ft", "m"}, new String[] {"m", "yd"}, new String[] {"yd", "m"},
        new String[] {"km", "miles"}, new String[] {"miles", "km"}, new String[] {"kg", "lb"},
        new String[] {"lb", "kg"}, new String[] {"celsius", "fahrenheit"}, new String[] {"fahrenheit", "celsius"});

    private final Wording w;
    private final SplittableRandom r;

    MathFunctions(Wording wording) {
        this.w = wording;
        this.r = wording.random();
    }

    List<IntFunction<Request>> menu() {
        return List.of(room -> root(), room -> log(), room -> stats(), room -> stats(), room -> metric(),
            room -> imperial());
    }

    private Request root() {
        Object n = MathNumbers.positive(r, 9000);
        long p = 2 + r.nextInt(9);
        String shown = MathNumbers.show(n);
        return Request.of(w.phrase(List.of("take the square root of {n} to {p} digits of precision",
            "compute sqrt({n}) with precision {p}", "find the square root of {n}, precision {p}"), "n", shown, "p", p),
            CallText.of("square_root", "number", n, "precision", p)).vague(
                w.phrase(List.of("take the square root of {n}", "find the square root of {n}"), "n", shown),
                w.phrase(List.of("Use a precision of {p}.", "I need {p} digits of precision."), "p", p));
    }

    private Request log() {
        Object v = MathNumbers.positive(r, 100000);
        long base = List.of(2L, 3L, 5L, 7L, 10L, 16L).get(r.nextInt(6));
        long p = 3 + r.nextInt(10);
        String shown = MathNumbers.show(v);
        return Request.of(w.phrase(List.of("compute the base-{b} logarithm of {v} with precision {p}",
            "work out log base {b} of {v} to {p} digits", "find log_{b}({v}), precision {p}"), "b", base, "v", shown,
            "p", p), CallText.of("logarithm", "value", v, "base", base, "precision", p)).vague(
                w.phrase(List.of("compute a logarithm of {v} with precision {p}", "work out the log of {v} to {p} "
                    + "digits"), "v", shown, "p", p),
                w.phrase(List.of("Use base {b}.", "The base is {b}."), "b", base));
    }

    private Request stats() {
        List<Object> xs = MathNumbers.list(r);
        String list = w.list(MathNumbers.shown(xs));
        int kind = r.nextInt(5);
        String tool = List.of("mean", "standard_deviation", "min_value", "max_value", "sum_values").get(kind);
        List<String> phrasings = switch (kind) {
            case 0 -> List.of("average {xs}", "find the mean of {xs}", "compute the arithmetic mean of {xs}");
            case 1 -> List.of("find the standard deviation of {xs}", "measure how spread out {xs} are",
                "compute the std dev of {xs}");
            case 2 -> List.of("pick the smallest of {xs}", "find the minimum among {xs}", "tell me which of {xs} is "
                + "lowest");
            case 3 -> List.of("pick the largest of {xs}", "find the maximum among {xs}", "tell me which of {xs} is "
                + "highest");
            default -> List.of("add up {xs}", "total {xs}", "give me the sum of {xs}");
        };
        return Request.of(w.phrase(phrasings, "xs", list), CallText.of(tool, "numbers", xs));
    }

    private Request metric() {
        int in = r.nextInt(METRIC.size());
        int out = (in + 1 + r.nextInt(METRIC.size() - 1)) % METRIC.size();
        Object v = MathNumbers.positive(r, 800);
        boolean words = r.nextBoolean();
        String from = words ? METRIC_WORDS.get(in) : METRIC.get(in);
        String to = words ? METRIC_WORDS.get(out) : METRIC.get(out);
        return Request.of(w.phrase(List.of("convert {v} {a} to {b}", "express {v} {a} in {b}",
            "tell me how many {b} are in {v} {a}"), "v", MathNumbers.show(v), "a", from, "b", to),
            CallText.of("si_unit_conversion", "value", v, "unit_in", METRIC.get(in), "unit_out", METRIC.get(out)))
            .vague(w.phrase(List.of("convert {v} {a} to another unit", "express {v} {a} differently"),
                "v", MathNumbers.show(v), "a", from), w.phrase(List.of("I want it in {b}.", "Convert to {b}."), "b", to));
    }

    private Request imperial() {
        String[] pair = IMPERIAL.get(r.nextInt(IMPERIAL.size()));
        Object v = MathNumbers.positive(r, 300);
        return Request.of(w.phrase(List.of("convert {v} {a} into {b}", "turn {v} {a} into {b}",
            "what is {v} {a} in {b}, convert it"), "v", MathNumbers.show(v), "a", pair[0], "b", pair[1]),
            CallText.of("imperial_si_conversion", "value", v, "unit_in", pair[0], "unit_out", pair[1]));
    }
}
