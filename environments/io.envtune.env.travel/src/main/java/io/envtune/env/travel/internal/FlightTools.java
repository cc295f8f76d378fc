package io.envtune.env.travel.internal;

import static io.envtune.env.travel.internal.Results.fail;

import io.envtune.api.FailureKind;
import io.envtune.env.travel.internal.TravelTables.Route;
import io.envtune.toolkit.BoundArgs;
import io.envtune.toolkit.Failed;
import io.envtune.toolkit.PyArith;
import io.envtune.toolkit.PyText;
import io.envtune.toolkit.PyValues;
import io.envtune.toolkit.value.PyException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** TravelAPI tools about airports, fares and flight bookings. */
final class FlightTools {

    private static final String NO_ROUTE = "No available route for the given airports.";

    private FlightTools() {
    }

    /** {@code list_all_airports}: the 23 codes as a Python list. */
    static Object airports(TravelState s, BoundArgs a) {
        return new ArrayList<Object>(TravelTables.AIRPORTS);
    }

    /** {@code get_nearest_airport_by_city}: the code serving a known city, else {@code Unknown}. */
    static Object nearestAirport(TravelState s, BoundArgs a) {
        Object location = a.get("location");
        PyValues.requireHashable(location, "location");
        String code = location instanceof String city ? TravelTables.NEAREST_AIRPORT.get(city) : null;
        return PyValues.dict("nearest_airport", code == null ? "Unknown" : code);
    }

    /**
     * {@code get_flight_cost}: base fare × class factor × 2 when the digits of the date add up to an even number.
     * Long context lists the cost of every route in table order instead of the one asked for.
     */
    static Object flightCost(TravelState s, BoundArgs a) {
        Object from = a.get("travel_from");
        Object to = a.get("travel_to");
        PyValues.requireHashable(from, "travel_from");
        PyValues.requireHashable(to, "travel_to");
        Long base = from instanceof String f && to instanceof String t
            ? TravelTables.BASE_FARES.get(new Route(f, t)) : null;
        if (base == null) {
            // One message for both causes, as in the reference; the failure tells an unknown code from an unserved
            // route so augmenters can say which (Environment Tuning's get_flight_cost messages).
            String badCodes = invalidCodes(from, to);
            throw badCodes.isEmpty() ? new PyException(NO_ROUTE, FailureKind.NOT_FOUND, "travel_to")
                : new PyException(NO_ROUTE, FailureKind.INVALID_VALUE, badCodes);
        }
        Object travelClass = a.get("travel_class");
        Long factor = travelClass instanceof String c ? TravelTables.CLASS_FACTORS.get(c) : null;
        if (factor == null) {
            throw new PyException("Invalid travel class. Options are: economy, business, first.",
                FailureKind.INVALID_VALUE, "travel_class");
        }
        long dateFactor = TravelDates.digitSum(a.get("travel_date"), "travel_date") % 2 == 0 ? 2 : 1;
        List<Object> costs = new ArrayList<>();
        if (s.longContext) {
            TravelTables.BASE_FARES.values().forEach(fare -> costs.add((double) (fare * factor * dateFactor)));
        } else {
            costs.add((double) (base * factor * dateFactor));
        }
        return PyValues.dict("travel_cost_list", costs);
    }

    /**
     * {@code book_flight}, with the reference's check order: token, card, balance key, airports, date, class,
     * route, funds, budget limit. Then the card is debited and a booking id and a transaction id are drawn.
     */
    static Object book(TravelState s, BoundArgs a) {
        Failed refused = AccountTools.tokenCheck(s, a.get("access_token"), "booking_status", false);
        if (refused == null) {
            refused = checkCard(s, a.get("card_id"));
        }
        if (refused == null) {
            refused = checkTrip(a);
        }
        if (refused != null) {
            return refused;
        }
        String from = (String) a.get("travel_from");
        String to = (String) a.get("travel_to");
        Long base = TravelTables.BASE_FARES.get(new Route(from, to));
        if (base == null) {
            return fail(FailureKind.NOT_FOUND, "travel_to", from + "->" + to, "booking_status", false,
                "error", NO_ROUTE);
        }
        String travelClass = (String) a.get("travel_class");
        String date = (String) a.get("travel_date");
        long dateFactor = TravelDates.digitSum(date, "travel_date") % 2 == 0 ? 2 : 1;
        double cost = base * TravelTables.CLASS_FACTORS.get(travelClass) * dateFactor;
        return charge(s, a, cost);
    }

    private static Object charge(TravelState s, BoundArgs a, double cost) {
        String cardId = (String) a.get("card_id");
        Map<String, Object> card = AccountTools.card(s, cardId);
        Object balance = card.get("balance");
        if (PyValues.compare("<", balance, cost, "card_id")) {
            return fail(FailureKind.PRECONDITION_FAILED, "card_id", balance, "booking_status", false,
                "error", "Insufficient funds");
        }
        if (s.budgetLimit != null && PyValues.compare("<", balance, s.budgetLimit, "card_id")) {
            return fail(FailureKind.PRECONDITION_FAILED, "card_id", balance, "booking_status", false,
                "error", "Balance is less than budget limit");
        }
        card.put("balance", PyValues.blaming("card_id", () -> PyArith.isub(balance, cost)));
        String bookingId = String.valueOf(s.random.randint(1000000, 9999999));
        String transactionId = String.valueOf(s.random.randint(10000000, 99999999));
        s.bookingRecord.put(bookingId, PyValues.dict("card_id", cardId, "travel_date", a.get("travel_date"),
            "travel_from", a.get("travel_from"), "travel_to", a.get("travel_to"),
            "travel_class", a.get("travel_class"), "travel_cost", cost, "transaction_id", transactionId));
        Object history = s.longContext ? s.bookingRecord : new LinkedHashMap<String, Object>();
        return PyValues.dict("booking_id", bookingId, "transaction_id", transactionId, "booking_status", true,
            "booking_history", history);
    }

    private static Failed checkCard(TravelState s, Object cardId) {
        if (!PyValues.containsKey(s.creditCardList, cardId, "card_id")) {
            return fail(FailureKind.NOT_FOUND, "card_id", cardId, "booking_status", false,
                "error", "Card not registered");
        }
        if (!AccountTools.card(s, (String) cardId).containsKey("balance")) {
            return fail(FailureKind.PRECONDITION_FAILED, "card_id", cardId, "booking_status", false,
                "error", "Balance not found");
        }
        return null;
    }

    private static Failed checkTrip(BoundArgs a) {
        Object from = a.get("travel_from");
        Object to = a.get("travel_to");
        if (!isAirport(from)) {
            return fail(FailureKind.INVALID_VALUE, "travel_from", from, "booking_status", false,
                "error", "Invalid departure airport code: " + PyText.str(from));
        }
        if (!isAirport(to)) {
            return fail(FailureKind.INVALID_VALUE, "travel_to", to, "booking_status", false,
                "error", "Invalid destination airport code: " + PyText.str(to));
        }
        if (TravelDates.strptimeYmd(a.get("travel_date"), "travel_date") == null) {
            return fail(FailureKind.INVALID_VALUE, "travel_date", a.get("travel_date"), "booking_status", false,
                "error", "Invalid date format. Use YYYY-MM-DD.");
        }
        Object travelClass = a.get("travel_class");
        PyValues.requireHashable(travelClass, "travel_class");
        if (!(travelClass instanceof String c && TravelTables.CLASS_FACTORS.containsKey(c))) {
            return fail(FailureKind.INVALID_VALUE, "travel_class", travelClass, "booking_status", false,
                "error", "Invalid travel class. Must be one of " + TravelTables.VALID_CLASSES_TEXT);
        }
        return null;
    }

    /** @return the parameters holding an unknown airport code, comma-separated; empty when both are known */
    private static String invalidCodes(Object from, Object to) {
        if (isAirport(from)) {
            return isAirport(to) ? "" : "travel_to";
        }
        return isAirport(to) ? "travel_from" : "travel_from,travel_to";
    }

    /** @return {@code code in list_all_airports()} (list membership: equality only, any type) */
    private static boolean isAirport(Object code) {
        return code instanceof String && TravelTables.AIRPORTS.contains(code);
    }
}
