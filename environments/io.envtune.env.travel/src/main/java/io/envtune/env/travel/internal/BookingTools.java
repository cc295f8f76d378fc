package io.envtune.env.travel.internal;

import static io.envtune.env.travel.internal.Results.fail;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.BoundArgs;
import io.envtune.toolkit.Failed;
import io.envtune.toolkit.PyArith;
import io.envtune.toolkit.PyValues;
import java.util.Map;

/** TravelAPI tools over existing bookings: invoices, history, cancellation, insurance and support. */
final class BookingTools {

    private static final String NOT_FOUND = "Booking not found";

    private BookingTools() {
    }

    /** {@code retrieve_invoice}: the booking's fields (the insurance id is accepted and ignored). */
    static Object invoice(TravelState s, BoundArgs a) {
        Failed refused = AccountTools.tokenCheck(s, a.get("access_token"));
        if (refused != null) {
            return refused;
        }
        Object bookingId = a.get("booking_id");
        if (!PyValues.containsKey(s.bookingRecord, bookingId, "booking_id")) {
            return fail(FailureKind.NOT_FOUND, "booking_id", bookingId, "error", NOT_FOUND);
        }
        Map<?, ?> booking = booking(s, bookingId);
        return PyValues.dict("invoice", PyValues.dict("booking_id", bookingId,
            "travel_date", PyValues.item(booking, "travel_date"), "travel_from", PyValues.item(booking, "travel_from"),
            "travel_to", PyValues.item(booking, "travel_to"), "travel_class", PyValues.item(booking, "travel_class"),
            "travel_cost", PyValues.item(booking, "travel_cost"),
            "transaction_id", PyValues.item(booking, "transaction_id")));
    }

    /** {@code get_booking_history}: a copy of every booking, keyed by booking id. */
    static Object history(TravelState s, BoundArgs a) {
        Failed refused = AccountTools.tokenCheck(s, a.get("access_token"));
        if (refused != null) {
            return refused;
        }
        return PyValues.dict("booking_history", PyValues.deepCopy(s.bookingRecord));
    }

    /** {@code cancel_booking}: refunds the booking's cost to its card and deletes it. */
    static Object cancel(TravelState s, BoundArgs a) {
        Failed refused = AccountTools.tokenCheck(s, a.get("access_token"), "cancel_status", false);
        if (refused != null) {
            return refused;
        }
        Object bookingId = a.get("booking_id");
        if (!PyValues.containsKey(s.bookingRecord, bookingId, "booking_id")) {
            return fail(FailureKind.NOT_FOUND, "booking_id", bookingId, "cancel_status", false, "error", NOT_FOUND);
        }
        Map<?, ?> booking = booking(s, bookingId);
        Object cardId = PyValues.item(booking, "card_id");
        Object cost = PyValues.item(booking, "travel_cost");
        PyValues.requireHashable(cardId, "booking_id");
        if (!(cardId instanceof String id && s.creditCardList.containsKey(id))) {
            throw PyValues.keyError(cardId, FailureKind.INTERNAL, null);
        }
        Map<String, Object> card = AccountTools.card(s, id);
        Object balance = PyValues.item(card, "balance");
        card.put("balance", PyValues.blaming("booking_id", () -> PyArith.iadd(balance, cost)));
        s.bookingRecord.remove(bookingId);
        return PyValues.dict("cancel_status", true);
    }

    /**
     * {@code purchase_insurance}: checks token, budget limit against the cost, booking and card, in that order,
     * debits the card and draws a 9-digit insurance id (nothing is stored).
     */
    static Object insure(TravelState s, BoundArgs a) {
        Failed refused = AccountTools.tokenCheck(s, a.get("access_token"), "insurance_status", false);
        if (refused != null) {
            return refused;
        }
        Object cost = a.get("insurance_cost");
        if (s.budgetLimit != null && PyValues.compare("<", s.budgetLimit, cost, "insurance_cost")) {
            return fail(FailureKind.PRECONDITION_FAILED, "insurance_cost", cost, "insurance_status", false,
                "error", "Exceeded budget limit");
        }
        Object bookingId = a.get("booking_id");
        if (!PyValues.containsKey(s.bookingRecord, bookingId, "booking_id")) {
            return fail(FailureKind.NOT_FOUND, "booking_id", bookingId, "insurance_status", false, "error", NOT_FOUND);
        }
        Object cardId = a.get("card_id");
        if (!PyValues.containsKey(s.creditCardList, cardId, "card_id")) {
            return fail(FailureKind.NOT_FOUND, "card_id", cardId, "insurance_status", false,
                "error", "Credit card not registered");
        }
        Map<String, Object> card = AccountTools.card(s, (String) cardId);
        Object balance = PyValues.item(card, "balance");
        card.put("balance", PyValues.blaming("insurance_cost", () -> PyArith.isub(balance, cost)));
        return PyValues.dict("insurance_id", String.valueOf(s.random.randint(100000000, 999999999)),
            "insurance_status", true);
    }

    /** {@code contact_customer_support}: a fixed acknowledgement for a known booking. */
    static Object support(TravelState s, BoundArgs a) {
        Object bookingId = a.get("booking_id");
        if (!PyValues.containsKey(s.bookingRecord, bookingId, "booking_id")) {
            return fail(FailureKind.NOT_FOUND, "booking_id", bookingId, "error", NOT_FOUND);
        }
        return PyValues.dict("customer_support_message", "Thank you for contacting customer support. Your message has "
            + "been received and we will get back to you shortly.");
    }

    private static Map<?, ?> booking(TravelState s, Object bookingId) {
        return (Map<?, ?>) s.bookingRecord.get(bookingId);
    }
}
