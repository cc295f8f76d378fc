package io.envtune.env.travel.internal;

import static io.envtune.env.travel.internal.Results.fail;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.BoundArgs;
import io.envtune.toolkit.PyArith;
import io.envtune.toolkit.PyText;
import io.envtune.toolkit.PyValues;
import io.envtune.toolkit.value.PyException;
import java.time.LocalDate;
import java.util.Map;

/** TravelAPI tools that need no account: traveler verification and currency exchange. */
final class TravelerTools {

    private TravelerTools() {
    }

    /**
     * {@code verify_traveler_information}: the names must be the logged-in user's, the birth date a valid
     * {@code YYYY-MM-DD} at least 18 years before today, and the passport number must start with {@code US}.
     */
    static Object verify(TravelState s, BoundArgs a) {
        Object first = a.get("first_name");
        Object last = a.get("last_name");
        if (!PyValues.eq(s.userFirstName, first) || !PyValues.eq(s.userLastName, last)) {
            String text = "Cannot book flight information for another user." + "Expected " + PyText.str(s.userFirstName)
                + " " + PyText.str(s.userLastName) + ", got " + PyText.str(first) + " " + PyText.str(last);
            return fail(FailureKind.INVALID_VALUE, "first_name", first,
                "verification_status", false, "verification_failure", text);
        }
        LocalDate birth = TravelDates.strptimeYmd(a.get("date_of_birth"), "date_of_birth");
        if (birth == null) {
            return fail(FailureKind.INVALID_VALUE, "date_of_birth", a.get("date_of_birth"),
                "verification_status", false,
                "verification_failure", "Invalid date of birth format. Please use YYYY-MM-DD.");
        }
        if (age(birth, LocalDate.now()) < 18) {
            return fail(FailureKind.PRECONDITION_FAILED, "date_of_birth", birth, "verification_status", false,
                "verification_failure", "Traveler must be at least 18 years old.");
        }
        Object passport = a.get("passport_number");
        if (!(passport instanceof String number)) {
            throw PyValues.attributeError(passport, "startswith", "passport_number");
        }
        if (!number.startsWith("US")) {
            return fail(FailureKind.INVALID_VALUE, "passport_number", number, "verification_status", false,
                "verification_failure", "Passport must be issued by the United States.");
        }
        return PyValues.dict("verification_status", true);
    }

    /**
     * {@code compute_exchange_rate}: USD to X is {@code float(value * rate)}, X to USD is
     * {@code round(value / rate, 2)}; any other pair raises.
     */
    static Object exchange(TravelState s, BoundArgs a) {
        Object base = a.get("base_currency");
        Object target = a.get("target_currency");
        Object value = a.get("value");
        for (Map.Entry<String, Object> rate : TravelTables.USD_RATES.entrySet()) {
            if (PyValues.eq(base, "USD") && PyValues.eq(target, rate.getKey())) {
                return PyValues.dict("exchanged_value", multiply(value, rate.getValue()));
            }
            if (PyValues.eq(base, rate.getKey()) && PyValues.eq(target, "USD")) {
                return PyValues.dict("exchanged_value", round2(divide(value, rate.getValue())));
            }
        }
        throw new PyException("No available exchange rate for the given currencies.", FailureKind.NOT_FOUND,
            "target_currency");
    }

    /** @return the age in whole years on {@code today}, as the reference computes it */
    static int age(LocalDate birth, LocalDate today) {
        boolean beforeBirthday = today.getMonthValue() < birth.getMonthValue()
            || today.getMonthValue() == birth.getMonthValue() && today.getDayOfMonth() < birth.getDayOfMonth();
        return today.getYear() - birth.getYear() - (beforeBirthday ? 1 : 0);
    }

    /** Python {@code float(value * rate)}: numbers multiply, a str/list/tuple repeats by an int rate. */
    private static double multiply(Object value, Object rate) {
        return PyValues.blaming("value", () -> PyValues.toDouble(PyArith.mul(value, rate)));
    }

    /** Python {@code value / rate} for a number; anything else raises (complex included, as before). */
    private static double divide(Object value, Object rate) {
        return PyValues.blaming("value", () -> {
            if (!PyValues.isNumber(value)) {
                throw PyValues.unsupported("/", value, rate);
            }
            return PyValues.toDouble(PyArith.truediv(value, rate));
        });
    }

    private static double round2(double x) {
        return Double.isFinite(x) ? PyArith.round(x, 2) : x;
    }
}
