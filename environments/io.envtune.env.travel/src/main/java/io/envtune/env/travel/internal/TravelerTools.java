package io.envtune.env.travel.internal;

import static io.envtune.env.travel.internal.Results.dict;
import static io.envtune.env.travel.internal.Results.fail;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.BoundArgs;
import io.envtune.toolkit.PyEquality;
import io.envtune.toolkit.PyException;
import io.envtune.toolkit.PyFloat;
import io.envtune.toolkit.PyTuple;
import io.envtune.toolkit.PyTypes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
        if (!PyEquality.eq(s.userFirstName, first) || !PyEquality.eq(s.userLastName, last)) {
            String text = "Cannot book flight information for another user." + "Expected " + PyOps.str(s.userFirstName)
                + " " + PyOps.str(s.userLastName) + ", got " + PyOps.str(first) + " " + PyOps.str(last);
            return fail(FailureKind.INVALID_VALUE, "first_name", first,
                "verification_status", false, "verification_failure", text);
        }
        LocalDate birth = PyText.strptimeYmd(a.get("date_of_birth"), "date_of_birth");
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
            throw PyOps.noAttribute(passport, "startswith", "passport_number");
        }
        if (!number.startsWith("US")) {
            return fail(FailureKind.INVALID_VALUE, "passport_number", number, "verification_status", false,
                "verification_failure", "Passport must be issued by the United States.");
        }
        return dict("verification_status", true);
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
            if (PyEquality.eq(base, "USD") && PyEquality.eq(target, rate.getKey())) {
                return dict("exchanged_value", PyNumbers.pyFloat(multiply(value, rate.getValue()), "value"));
            }
            if (PyEquality.eq(base, rate.getKey()) && PyEquality.eq(target, "USD")) {
                return dict("exchanged_value", round2(divide(value, rate.getValue())));
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

    /** Python {@code value * rate}: numbers multiply, a str/list/tuple repeats by an int rate. */
    private static Object multiply(Object value, Object rate) {
        if (PyNumbers.isNumber(value)) {
            return PyNumbers.multiply(value, rate);
        }
        boolean sequence = value instanceof String || value instanceof List<?> || value instanceof PyTuple;
        if (sequence && rate instanceof Double) {
            throw new PyException("can't multiply sequence by non-int of type 'float'", FailureKind.WRONG_TYPE,
                "value");
        }
        if (sequence) {
            return repeat(value, (int) Math.max(0L, (Long) rate));
        }
        throw new PyException("unsupported operand type(s) for *: '" + PyTypes.typeName(value) + "' and '"
            + PyTypes.typeName(rate) + "'", FailureKind.WRONG_TYPE, "value");
    }

    private static Object repeat(Object value, int times) {
        if (value instanceof String text) {
            return text.repeat(times);
        }
        List<Object> items = value instanceof PyTuple t ? t.items() : castList(value);
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            out.addAll(items);
        }
        return value instanceof PyTuple ? new PyTuple(out) : out;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> castList(Object value) {
        return (List<Object>) value;
    }

    private static double divide(Object value, Object rate) {
        if (!PyNumbers.isNumber(value)) {
            throw new PyException("unsupported operand type(s) for /: '" + PyTypes.typeName(value) + "' and '"
                + PyTypes.typeName(rate) + "'", FailureKind.WRONG_TYPE, "value");
        }
        return PyNumbers.divide(value, rate);
    }

    private static double round2(double x) {
        return Double.isFinite(x) ? PyFloat.round(x, 2) : x;
    }
}
