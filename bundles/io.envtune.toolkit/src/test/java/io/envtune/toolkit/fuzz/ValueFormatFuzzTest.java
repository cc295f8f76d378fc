package io.envtune.toolkit.fuzz;

import io.envtune.toolkit.internal.python.JsonValues;
import io.envtune.toolkit.internal.python.PyEquality;
import io.envtune.toolkit.internal.python.PyFloat;
import io.envtune.toolkit.internal.python.PyJson;
import io.envtune.toolkit.internal.python.PyRepr;
import io.envtune.toolkit.internal.python.PyStrings;
import io.envtune.toolkit.internal.python.ResultText;
import io.envtune.toolkit.value.NotSerializableException;
import io.envtune.toolkit.value.PyException;
import java.util.Random;
import org.junit.Test;

/**
 * Fuzzes Python-value formatting with random value trees: repr, str, json.dumps, the canonical state JSON, the result
 * text, deep copy and equality must end in text or in their documented errors ({@link PyException} for ints past 4300
 * digits, {@link NotSerializableException} where json.dumps raises); JSON text must read back; every float repr
 * must read back to the same double. 2,000 cases in the normal run.
 */
public class ValueFormatFuzzTest {

    @Test
    public void randomValuesFormatOrFailWithTheDocumentedErrors() {
        FuzzRun run = new FuzzRun("toolkit-values");
        int n = FuzzRun.cases(2000);
        for (int i = 0; i < n; i++) {
            long seed = FuzzRun.caseSeed(i);
            run.check("# value seed " + seed, () -> formatCase(RandomValues.value(new Random(seed))));
        }
        run.finish();
    }

    @Test
    public void everyFloatReprReadsBackAndHostileStringsSplitAndStrip() {
        FuzzRun run = new FuzzRun("toolkit-floats");
        int n = FuzzRun.cases(2000);
        for (int i = 0; i < n; i++) {
            long seed = FuzzRun.caseSeed(i);
            run.check("# float seed " + seed, () -> floatAndStringCase(new Random(seed)));
        }
        run.finish();
    }

    private static String formatCase(Object v) {
        String label;
        try {
            PyRepr.repr(v);
            PyRepr.str(v);
            ResultText.of(v);
            label = "repr";
        } catch (PyException e) {
            label = "too-many-digits";
        }
        undocumented("canonical", () -> PyJson.canonical(v));
        undocumented("deepCopy and eq", () -> PyEquality.eq(v, JsonValues.deepCopy(v)));
        try {
            String json = PyJson.dumps(v);
            JsonValues.fromJson(json);
            return label + "/json";
        } catch (NotSerializableException e) {
            return label + "/not-json";
        } catch (PyException e) {
            return label + "/json-too-many-digits";
        } catch (IllegalArgumentException e) {
            // json.dumps writes NaN and Infinity, which strict JSON readers refuse, as Python's allow_nan text does.
            return label + "/json-nan";
        }
    }

    /** PyException carries no stack trace, so say which function raised it where none is documented. */
    private static void undocumented(String what, Runnable r) {
        try {
            r.run();
        } catch (PyException e) {
            throw new AssertionError(what + " raised " + e.getMessage(), e);
        }
    }

    private static String floatAndStringCase(Random r) {
        double d = Double.longBitsToDouble(r.nextLong());
        String repr = PyFloat.repr(d);
        if (Double.isFinite(d) && Double.doubleToLongBits(Double.parseDouble(repr)) != Double.doubleToLongBits(d)) {
            throw new AssertionError("repr(" + d + ") = " + repr + " does not read back");
        }
        PyFloat.jsonText(d);
        PyFloat.round(d, r.nextInt(40) - 20);
        PyFloat.fixed(d, r.nextInt(30));
        String s = RandomValues.string(r);
        PyStrings.splitlines(s);
        PyStrings.split(s);
        PyStrings.lower(PyStrings.strip(s));
        PyStrings.compare(s, PyStrings.lower(s));
        return Double.isFinite(d) ? "finite" : "special";
    }
}
