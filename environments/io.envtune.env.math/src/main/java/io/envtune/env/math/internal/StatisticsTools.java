package io.envtune.env.math.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.BoundArgs;
import io.envtune.toolkit.PyValues;
import java.util.List;

/**
 * MathAPI's list tools. Each first tests {@code not numbers} (so {@code 0}, {@code ''} and {@code None} count as
 * empty), then runs Python's {@code sum}/{@code min}/{@code max} with CPython 3.11 semantics: plain left-to-right
 * float addition, first extreme wins on ties; a {@code TypeError} anywhere becomes the "must be numbers" error.
 */
final class StatisticsTools {

    private static final String NOT_NUMBERS = "All elements in the list must be numbers";

    private StatisticsTools() {
    }

    static Object mean(BoundArgs args) {
        Object numbers = args.get("numbers");
        if (!PyValues.truthy(numbers)) {
            return empty("Cannot calculate mean of an empty list");
        }
        return Guard.typeError(() -> MathResults.ok(meanOf(PyIteration.items(numbers))),
            StatisticsTools::notNumbers);
    }

    static Object standardDeviation(BoundArgs args) {
        Object numbers = args.get("numbers");
        if (!PyValues.truthy(numbers)) {
            return empty("Cannot calculate standard deviation of an empty list");
        }
        return Guard.typeError(() -> MathResults.ok(deviationOf(PyIteration.items(numbers))),
            StatisticsTools::notNumbers);
    }

    static Object minValue(BoundArgs args) {
        return extreme(args.get("numbers"), false, "Cannot find minimum of an empty list");
    }

    static Object maxValue(BoundArgs args) {
        return extreme(args.get("numbers"), true, "Cannot find maximum of an empty list");
    }

    static Object sumValues(BoundArgs args) {
        Object numbers = args.get("numbers");
        if (!PyValues.truthy(numbers)) {
            return empty("Cannot calculate sum of an empty list");
        }
        return Guard.typeError(() -> MathResults.ok(PyIteration.sum(PyIteration.items(numbers))),
            StatisticsTools::notNumbers);
    }

    private static double meanOf(List<Object> items) {
        return PyNumbers.trueDiv(PyIteration.sum(items), (long) items.size());
    }

    /** Population standard deviation: {@code math.sqrt(sum((x - mean) ** 2 for x in numbers) / len(numbers))}. */
    private static double deviationOf(List<Object> items) {
        double mean = meanOf(items);
        Object squares = 0L;
        for (Object x : items) {
            squares = PyNumbers.add(squares, PyPower.pow(PyNumbers.sub(x, mean), 2L));
        }
        return Math.sqrt(PyNumbers.trueDiv(squares, (long) items.size()));
    }

    /** {@code min()}/{@code max()}: keeps the first item unless a later one is strictly smaller/greater. */
    private static Object extreme(Object numbers, boolean greater, String emptyMessage) {
        if (!PyValues.truthy(numbers)) {
            return empty(emptyMessage);
        }
        return Guard.typeError(() -> {
            List<Object> items = PyIteration.items(numbers);
            Object best = items.get(0);
            for (Object item : items.subList(1, items.size())) {
                if (PyOrder.compare(item, best, greater)) {
                    best = item;
                }
            }
            return MathResults.ok(best);
        }, StatisticsTools::notNumbers);
    }

    private static Object empty(String message) {
        return MathResults.error(message, FailureKind.INVALID_VALUE, "numbers");
    }

    private static Object notNumbers() {
        return MathResults.error(NOT_NUMBERS, FailureKind.WRONG_TYPE, "numbers");
    }
}
