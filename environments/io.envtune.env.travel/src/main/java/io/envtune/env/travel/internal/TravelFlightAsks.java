package io.envtune.env.travel.internal;

import io.envtune.env.travel.internal.TravelTables.Route;
import io.envtune.toolkit.generate.CallText;
import io.envtune.toolkit.generate.Request;
import io.envtune.toolkit.generate.Wording;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Generated TravelAPI requests about airports, fares and bookings. Routes come from the fare table, so every airport
 * pair has a flight; a booking is only asked for with a card that covers the fare and passes the budget rule, and
 * every request about a booking names one that exists at that point of the task.
 */
final class TravelFlightAsks {

    private static final List<String> CLASSES = List.of("economy", "business", "first");
    private static final List<Route> ROUTES = List.copyOf(TravelTables.BASE_FARES.keySet());
    /** Routes {@code book_flight} accepts: both ends in the airport list (JFK-PVG, for one, is priced only). */
    private static final List<Route> BOOKABLE = ROUTES.stream().filter(r -> TravelTables.AIRPORTS.contains(r.from())
        && TravelTables.AIRPORTS.contains(r.to())).toList();
    /** City pairs whose nearest airports have a route between them. */
    private static final List<List<String>> CITY_PAIRS = cityPairs();

    private TravelFlightAsks() {
    }

    static Request cost(TravelWorld t) {
        Route route = t.w.pick(ROUTES);
        String travelClass = t.w.pick(CLASSES);
        Object[] v = {"a", route.from(), "b", route.to(), "d", TravelScenarios.date(t.w.random()),
            "c", shown(travelClass)};
        return new Request(an(t.w.phrase(List.of("quote me a {c} fare from {a} to {b} on {d}",
                "tell me what a {c} seat from {a} to {b} costs on {d}", "price a {c} flight {a} to {b} for {d}"), v)),
            List.of(CallText.of("get_flight_cost", "travel_from", v[1], "travel_to", v[3], "travel_date", v[5],
                "travel_class", travelClass)),
            t.w.phrase(List.of("quote me a fare from {a} to {b} on {d}", "tell me what flying {a} to {b} costs on {d}"),
                v),
            t.w.phrase(List.of("In {c}.", "{C} would be best.", "Make it {c}.", "Put me in {c}."), withCap(v)));
    }

    /** A fare between cities: the nearest airport of each city the user names, then the price. */
    static Request costByCity(TravelWorld t) {
        List<String> pair = t.w.pick(CITY_PAIRS);
        String a = TravelTables.NEAREST_AIRPORT.get(pair.get(0));
        String b = TravelTables.NEAREST_AIRPORT.get(pair.get(1));
        String travelClass = t.w.pick(CLASSES);
        Object[] v = {"x", pair.get(0), "y", pair.get(1), "b", b, "d", TravelScenarios.date(t.w.random()),
            "c", shown(travelClass)};
        String cost = CallText.of("get_flight_cost", "travel_from", a, "travel_to", b, "travel_date", v[7],
            "travel_class", travelClass);
        String nearestA = CallText.of("get_nearest_airport_by_city", "location", pair.get(0));
        if (t.w.random().nextBoolean()) {
            return Request.of(an(t.w.phrase(List.of(
                    "find the airport nearest {x} and price a {c} flight from it to {b} on {d}",
                    "tell me what a {c} ticket from {x}'s closest airport to {b} costs on {d}"), v)),
                nearestA, cost);
        }
        return Request.of(an(t.w.phrase(List.of(
                "find the airports nearest {x} and {y}, then price a {c} flight between them on {d}",
                "work out what a {c} ticket from {x} to {y} on {d} costs, using the closest airports",
                "look up the airports serving {x} and {y} and get the {c} fare for {d}"), v)),
            nearestA, CallText.of("get_nearest_airport_by_city", "location", pair.get(1)), cost);
    }

    static Request book(TravelWorld t) {
        Route route = t.w.pick(BOOKABLE);
        String date = TravelScenarios.date(t.w.random());
        String travelClass = t.w.pick(CLASSES);
        double cost = TravelTables.BASE_FARES.get(route) * TravelTables.CLASS_FACTORS.get(travelClass)
            * (TravelDates.digitSum(date, "travel_date") % 2 == 0 ? 2.0 : 1.0);
        Object budget = t.state().budgetLimit;
        List<String> cards = t.cardIds().stream().filter(c -> t.balance(c) >= cost
            && (budget == null || t.balance(c) >= ((Number) budget).doubleValue())).toList();
        if (!t.loggedIn() || cards.isEmpty()) {
            return null;
        }
        Object[] v = {"a", route.from(), "b", route.to(), "d", date, "c", shown(travelClass), "k", t.w.pick(cards)};
        return new Request(t.withToken(an(t.w.phrase(List.of(
                "book me a {c} flight from {a} to {b} on {d}, paid with card {k}",
                "reserve a {c} seat {a} to {b} for {d} and charge card {k}",
                "go ahead and book {a}-{b} on {d} in {c}, paying with card {k}"), v))),
            List.of(CallText.of("book_flight", "access_token", t.token(), "card_id", v[9], "travel_date", date,
                "travel_from", v[1], "travel_to", v[3], "travel_class", travelClass)),
            t.withToken(t.w.phrase(List.of("book me a flight from {a} to {b} on {d}, paid with card {k}"), v)),
            t.w.phrase(List.of("{C}.", "I'd like {c}.", "Book it in {c}."), withCap(v)));
    }

    static Request cancel(TravelWorld t) {
        if (!t.loggedIn() || t.bookingIds().isEmpty()) {
            return null;
        }
        Object[] v = {"id", t.w.pick(t.bookingIds())};
        return new Request(t.withToken(t.w.phrase(List.of("cancel booking {id}", "call off my reservation {id}",
                "scrap booking number {id} and refund it"), v)),
            List.of(CallText.of("cancel_booking", "access_token", t.token(), "booking_id", v[1])),
            t.withToken(t.w.pick("cancel one of my bookings", "call off a reservation of mine")),
            t.w.phrase(List.of("Booking {id}.", "The booking id is {id}."), v));
    }

    static Request invoice(TravelWorld t) {
        if (!t.loggedIn() || t.bookingIds().isEmpty()) {
            return null;
        }
        Object[] v = {"id", t.w.pick(t.bookingIds())};
        return new Request(t.withToken(t.w.phrase(List.of("get the invoice for booking {id}",
                "send me the bill for reservation {id}", "pull up the invoice of booking number {id}"), v)),
            List.of(CallText.of("retrieve_invoice", "access_token", t.token(), "booking_id", v[1])),
            t.withToken(t.w.pick("get me an invoice for one of my trips")),
            t.w.phrase(List.of("For booking {id}.", "It's booking {id}."), v));
    }

    static Request history(TravelWorld t) {
        return !t.loggedIn() ? null : Request.of(t.withToken(t.w.pick("list all my bookings",
            "show my booking history", "give me an overview of every trip I've booked")),
            CallText.of("get_booking_history", "access_token", t.token()));
    }

    static Request insure(TravelWorld t) {
        double cost = 5.0 * (5 + t.w.random().nextInt(50));
        Object budget = t.state().budgetLimit;
        List<String> cards = t.cardIds().stream().filter(c -> t.balance(c) >= cost).toList();
        if (!t.loggedIn() || t.bookingIds().isEmpty() || cards.isEmpty()
            || budget != null && ((Number) budget).doubleValue() < cost) {
            return null;
        }
        Object[] v = {"i", t.w.pick("comprehensive", "trip cancellation", "baggage", "medical"),
            "id", t.w.pick(t.bookingIds()), "p", (long) cost, "k", t.w.pick(cards)};
        return new Request(t.withToken(t.w.phrase(List.of(
                "buy {i} insurance for booking {id} at {p} dollars on card {k}",
                "add {i} cover costing ${p} to reservation {id}, charged to card {k}"), v)),
            List.of(CallText.of("purchase_insurance", "access_token", t.token(), "insurance_type", v[1],
                "booking_id", v[3], "insurance_cost", cost, "card_id", v[7])),
            t.withToken(t.w.phrase(List.of("buy {i} insurance for booking {id} at {p} dollars"), v)),
            t.w.phrase(List.of("Charge it to card {k}.", "Use card {k}."), v));
    }

    static Request support(TravelWorld t) {
        if (t.bookingIds().isEmpty()) {
            return null;
        }
        Object[] v = {"id", t.w.pick(t.bookingIds()), "m", t.w.pick("Please add a vegetarian meal.",
            "I need wheelchair assistance at the gate.", "Can I bring a bicycle as checked luggage?",
            "My name is misspelled on the ticket.", "Is an earlier connection possible?")};
        return new Request(t.w.phrase(List.of("tell customer support about booking {id}: '{m}'",
                "send support this note on reservation {id}: '{m}'",
                "pass this on to customer service for booking {id}: '{m}'",
                "let the support team know, regarding booking {id}: '{m}'"), v),
            List.of(CallText.of("contact_customer_support", "booking_id", v[1], "message", v[3])),
            t.w.phrase(List.of("send customer support the message '{m}'"), v),
            t.w.phrase(List.of("It's about booking {id}.", "The booking is {id}."), v));
    }

    static Request airports(TravelWorld t) {
        return Request.of(t.w.pick("list every airport you fly to", "enumerate the airports on offer",
            "show me all the airports in the system",
            "tell me which airports I can book between", "give me the full set of airport codes you serve"),
            CallText.of("list_all_airports"));
    }

    static Request nearest(TravelWorld t) {
        Object[] v = {"x", t.w.pick(new ArrayList<>(TravelTables.NEAREST_AIRPORT.keySet()))};
        return new Request(t.w.phrase(List.of("find the airport closest to {x}", "give me the airport code for {x}",
            "work out which airport is nearest to {x}", "tell me which airport serves {x}",
                "look up the nearest airport to {x}"), v),
            List.of(CallText.of("get_nearest_airport_by_city", "location", v[1])),
            t.w.pick("find the nearest airport to a city for me"),
            t.w.phrase(List.of("The city is {x}.", "I mean {x}."), v));
    }

    /** @return the text with "a economy" written "an economy" */
    private static String an(String text) {
        return text.replace("a economy", "an economy");
    }

    /** @return how a text names a travel class: economy, business class, first class */
    private static String shown(String travelClass) {
        return travelClass.equals("economy") ? travelClass : travelClass + " class";
    }

    /** @return the values with {@code C}, the capitalised class, added */
    private static Object[] withCap(Object[] v) {
        Object[] out = java.util.Arrays.copyOf(v, v.length + 2);
        out[v.length] = "C";
        out[v.length + 1] = Wording.capitalise((String) v[7]);
        return out;
    }

    private static List<List<String>> cityPairs() {
        List<List<String>> out = new ArrayList<>();
        for (Map.Entry<String, String> a : TravelTables.NEAREST_AIRPORT.entrySet()) {
            for (Map.Entry<String, String> b : TravelTables.NEAREST_AIRPORT.entrySet()) {
                if (TravelTables.BASE_FARES.containsKey(new Route(a.getValue(), b.getValue()))) {
                    out.add(List.of(a.getKey(), b.getKey()));
                }
            }
        }
        return List.copyOf(out);
    }
}
