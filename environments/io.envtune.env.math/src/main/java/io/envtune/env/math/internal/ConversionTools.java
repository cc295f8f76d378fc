package io.envtune.env.math.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.BoundArgs;
import io.envtune.toolkit.PyText;
import io.envtune.toolkit.PyValues;
import java.util.Map;
import java.util.function.Supplier;

/**
 * MathAPI's unit conversions. Both check {@code isinstance(value, (int, float))} first; the arithmetic is guarded
 * against {@code OverflowError} only (a huge int meeting a float factor).
 */
final class ConversionTools {

    /** Metres per unit; km and m are Python ints, so an int value stays exact until the float factor. */
    private static final Map<String, Object> TO_METERS = Map.of("km", 1000L, "m", 1L, "cm", 0.01, "mm", 0.001,
        "um", 1e-6, "nm", 1e-9);

    private static final Map<String, Double> IMPERIAL = Map.ofEntries(Map.entry("cm_to_in", 0.393701),
        Map.entry("in_to_cm", 2.54), Map.entry("m_to_ft", 3.28084), Map.entry("ft_to_m", 0.3048),
        Map.entry("m_to_yd", 1.09361), Map.entry("yd_to_m", 0.9144), Map.entry("km_to_miles", 0.621371),
        Map.entry("miles_to_km", 1.60934), Map.entry("kg_to_lb", 2.20462), Map.entry("lb_to_kg", 0.453592),
        Map.entry("celsius_to_fahrenheit", 1.8), Map.entry("fahrenheit_to_celsius", 5.0 / 9.0));

    private static final String TOO_LARGE = "Conversion resulted in a value too large to represent";

    private ConversionTools() {
    }

    static Object siUnitConversion(BoundArgs args) {
        Object value = args.get("value");
        Object in = args.get("unit_in");
        Object out = args.get("unit_out");
        if (!PyValues.isNumber(value)) {
            return MathResults.error("Value must be a number", FailureKind.WRONG_TYPE, "value");
        }
        // `unit_in not in to_meters or unit_out not in from_meters`: dict membership hashes its operand.
        if (!isUnit(in, "unit_in") || !isUnit(out, "unit_out")) {
            return unsupported(in, out);
        }
        double fromMeters = 1.0 / PyNumbers.toFloat(TO_METERS.get((String) out));
        return overflowGuarded(() -> PyNumbers.mul(PyNumbers.mul(value, TO_METERS.get((String) in)), fromMeters));
    }

    static Object imperialSiConversion(BoundArgs args) {
        Object value = args.get("value");
        Object in = args.get("unit_in");
        Object out = args.get("unit_out");
        if (!PyValues.isNumber(value)) {
            return MathResults.error("Value must be a number", FailureKind.WRONG_TYPE, "value");
        }
        if (PyValues.eq(in, out)) {
            return MathResults.ok(value);
        }
        Double factor = IMPERIAL.get(PyText.str(in) + "_to_" + PyText.str(out));
        if (factor == null) {
            return unsupported(in, out);
        }
        if ("celsius".equals(in) && "fahrenheit".equals(out)) {
            return overflowGuarded(() -> PyNumbers.add(PyNumbers.mul(value, factor), 32L));
        }
        if ("fahrenheit".equals(in) && "celsius".equals(out)) {
            return overflowGuarded(() -> PyNumbers.mul(PyNumbers.sub(value, 32L), factor));
        }
        return overflowGuarded(() -> PyNumbers.mul(value, factor));
    }

    /** {@code unit in to_meters}, raising {@code TypeError: unhashable type} as a dict lookup does. */
    private static boolean isUnit(Object unit, String parameter) {
        return PyValues.containsKey(TO_METERS, unit, parameter);
    }

    private static Object unsupported(Object in, Object out) {
        return MathResults.error("Conversion from '" + PyText.str(in) + "' to '" + PyText.str(out)
            + "' is not supported", FailureKind.INVALID_VALUE, "unit_in");
    }

    private static Object overflowGuarded(Supplier<Object> body) {
        try {
            return MathResults.ok(body.get());
        } catch (PyError e) {
            if (e.type() == PyError.Type.OVERFLOW) {
                return MathResults.error(TOO_LARGE, FailureKind.INVALID_VALUE, "value");
            }
            throw e.raise();
        }
    }
}
