package io.envtune.env.math.internal;

import static org.junit.Assert.assertEquals;

import io.envtune.api.EnvironmentInstance;
import io.envtune.api.EnvironmentOptions;
import io.envtune.toolkit.CallExecutor;
import java.util.List;
import org.junit.Test;

/** Behaviours the fixtures do not reach: Python exceptions the reference lets through, and odd argument types. */
public final class MathToolsTest {

    private static final String BIG = "1" + "0".repeat(400);

    private final EnvironmentInstance instance = new MathEnvironment().create("{}", EnvironmentOptions.DEFAULT);
    private final CallExecutor executor =
        new CallExecutor(List.of(new CallExecutor.ToolLookup(instance, MathTable.TABLE.names())));

    private String run(String call) {
        return executor.execute(call).text();
    }

    @Test
    public void intResultsTooLongToPrintFailLikeCPython311() {
        assertEquals("Error during execution: Exceeds the limit (4300 digits) for integer string conversion; "
            + "use sys.set_int_max_str_digits() to increase the limit", run("power(base=10, exponent=5000)"));
        assertEquals("{\"result\": ".length() + 3011 + 1, run("power(base=2, exponent=10000)").length());
    }

    @Test
    public void uncaughtOverflowsReachTheExecutor() {
        assertEquals("Error during execution: (34, 'Numerical result out of range')",
            run("standard_deviation(numbers=[1e200, -1e200])"));
        assertEquals("Error during execution: complex exponentiation", run("power(base=-1e300, exponent=1.5)"));
        assertEquals("Error during execution: 0.0 cannot be raised to a negative power",
            run("power(base=0, exponent=-1)"));
        assertEquals("Error during execution: integer division result too large for a float",
            run("divide(a=" + BIG + ", b=3)"));
    }

    @Test
    public void conversionsCatchOnlyOverflow() {
        assertEquals("{\"error\": \"Conversion resulted in a value too large to represent\"}",
            run("si_unit_conversion(value=" + BIG + ", unit_in='m', unit_out='cm')"));
        assertEquals("Error during execution: unhashable type: 'list'",
            run("si_unit_conversion(value=1, unit_in=['m'], unit_out='cm')"));
        assertEquals("{\"result\": true}", run("imperial_si_conversion(value=True, unit_in='kg', unit_out='kg')"));
    }

    @Test
    public void listToolsIterateAnyIterable() {
        assertEquals("{\"result\": \"a\"}", run("min_value(numbers='bca')"));
        assertEquals("{\"result\": 1.5}", run("mean(numbers={1: 'a', 2: 'b'})"));
        assertEquals("{\"result\": 9007199254740993}", run("max_value(numbers=[9007199254740993, 9007199254740992.0])"));
        assertEquals("{\"error\": \"All elements in the list must be numbers\"}", run("sum_values(numbers=5)"));
        assertEquals("{\"error\": \"Cannot calculate mean of an empty list\"}", run("mean(numbers=0)"));
    }

    @Test
    public void roundingFollowsPython() {
        assertEquals("{\"result\": 2}", run("round_number(number=2.5, decimal_places=None)"));
        assertEquals("{\"result\": -200}", run("round_number(number=-150, decimal_places=-2)"));
        assertEquals("{\"result\": 1}", run("round_number(number=True)"));
        assertEquals("{\"error\": \"First input must be a number, second input must be an integer\"}",
            run("round_number(number=2.5, decimal_places=1.0)"));
    }

    @Test
    public void precisionArgumentsAreConvertedLikeTheLibraries() {
        assertEquals("{\"error\": \"invalid literal for int() with base 10: 'x'\"}",
            run("logarithm(value=8, base=2, precision='x')"));
        assertEquals("{\"error\": \"cannot create mpf from 'abc'\"}", run("logarithm(value='abc', base=2, precision=5)"));
        assertEquals("Error during execution: valid range for prec is [1, MAX_PREC]",
            run("square_root(number=2, precision=0)"));
        assertEquals("{\"error\": \"Input must be a number or computation resulted in an invalid operation\"}",
            run("square_root(number=2, precision=2.5)"));
    }

    @Test
    public void operatorsLetTypesFlowThrough() {
        assertEquals("{\"result\": [1, 2]}", run("add(a=[1], b=[2])"));
        assertEquals("{\"error\": \"Whole value cannot be zero\"}", run("percentage(part=1, whole=False)"));
        assertEquals("{\"error\": \"Both inputs must be numbers\"}", run("subtract(a='a', b='b')"));
    }
}
