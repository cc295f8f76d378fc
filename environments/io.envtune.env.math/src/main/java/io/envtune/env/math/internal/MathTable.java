package io.envtune.env.math.internal;

import io.envtune.toolkit.Param;
import io.envtune.toolkit.ToolTable;

/** The 17 MathAPI tools with their Python signatures, in the reference class's method order. */
final class MathTable {

    /** The Python class name, used in signature error texts. */
    static final String OWNER = "MathAPI";

    /** The tool table shared by every instance. */
    static final ToolTable<MathState> TABLE = ToolTable.<MathState>builder(OWNER)
        .tool("logarithm", "Compute the logarithm of a value in a given base with a chosen number of digits.",
            (s, a) -> PrecisionTools.logarithm(a), number("value", "The number to take the logarithm of."),
            number("base", "The base of the logarithm."),
            Param.required("precision", "integer", "Decimal digits of working precision."))
        .tool("mean", "Compute the arithmetic mean of a list of numbers.", (s, a) -> StatisticsTools.mean(a),
            numbers("The numbers to average."))
        .tool("standard_deviation", "Compute the population standard deviation of a list of numbers.",
            (s, a) -> StatisticsTools.standardDeviation(a), numbers("The numbers to measure."))
        .tool("si_unit_conversion", "Convert a length between metric units (km, m, cm, mm, um, nm).",
            (s, a) -> ConversionTools.siUnitConversion(a), number("value", "The value to convert."),
            unit("unit_in", "The unit of the value, e.g. km."), unit("unit_out", "The unit to convert to, e.g. m."))
        .tool("imperial_si_conversion", "Convert a value between imperial and metric units or temperature scales.",
            (s, a) -> ConversionTools.imperialSiConversion(a), number("value", "The value to convert."),
            unit("unit_in", "The unit of the value, e.g. miles or celsius."),
            unit("unit_out", "The unit to convert to, e.g. km or fahrenheit."))
        .tool("add", "Add two numbers.", (s, a) -> ArithmeticTools.add(a), number("a", "The first addend."),
            number("b", "The second addend."))
        .tool("subtract", "Subtract the second number from the first.", (s, a) -> ArithmeticTools.subtract(a),
            number("a", "The number to subtract from."), number("b", "The number to subtract."))
        .tool("multiply", "Multiply two numbers.", (s, a) -> ArithmeticTools.multiply(a),
            number("a", "The first factor."), number("b", "The second factor."))
        .tool("divide", "Divide the first number by the second.", (s, a) -> ArithmeticTools.divide(a),
            number("a", "The dividend."), number("b", "The divisor; must not be zero."))
        .tool("power", "Raise a base to an exponent.", (s, a) -> ArithmeticTools.power(a),
            number("base", "The base."), number("exponent", "The exponent."))
        .tool("square_root", "Compute a square root with a chosen number of significant digits.",
            (s, a) -> PrecisionTools.squareRoot(a), number("number", "A non-negative number."),
            Param.required("precision", "integer", "Significant digits of the result."))
        .tool("absolute_value", "Return the absolute value of a number.", (s, a) -> ArithmeticTools.absoluteValue(a),
            number("number", "The number."))
        .tool("round_number", "Round a number to a given count of decimal places.",
            (s, a) -> ArithmeticTools.roundNumber(a), number("number", "The number to round."),
            Param.optional("decimal_places", "integer", "Digits after the decimal point; 0 by default.", 0L))
        .tool("percentage", "Express a part as a percentage of a whole.", (s, a) -> ArithmeticTools.percentage(a),
            number("part", "The part."), number("whole", "The whole; must not be zero."))
        .tool("min_value", "Return the smallest number of a list.", (s, a) -> StatisticsTools.minValue(a),
            numbers("The numbers to search."))
        .tool("max_value", "Return the largest number of a list.", (s, a) -> StatisticsTools.maxValue(a),
            numbers("The numbers to search."))
        .tool("sum_values", "Add up a list of numbers.", (s, a) -> StatisticsTools.sumValues(a),
            numbers("The numbers to add up."))
        .build();

    private MathTable() {
    }

    private static Param number(String name, String description) {
        return Param.required(name, "float", description);
    }

    private static Param numbers(String description) {
        return Param.required("numbers", "array", description);
    }

    private static Param unit(String name, String description) {
        return Param.required(name, "string", description);
    }
}
