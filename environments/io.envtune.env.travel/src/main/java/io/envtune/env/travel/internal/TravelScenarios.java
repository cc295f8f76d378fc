package io.envtune.env.travel.internal;

import io.envtune.env.travel.internal.TravelTables.Route;
import io.envtune.toolkit.PyValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Random TravelAPI starting states for the generator: a traveller ({@link Traveller}), one to three credit cards with
 * random balances, zero to two bookings on real routes paid with those cards, and either a live session (token, names)
 * or none, so that the user has to authenticate first. Sometimes a budget limit below every card's balance.
 */
final class TravelScenarios {

    private static final List<String> FIRST = List.of("Noor", "Elif", "Tomas", "Aiko", "Rafael", "Ingrid", "Kwame",
        "Lucia", "Dmitri", "Hana", "Mateo", "Saanvi");
    private static final List<String> LAST = List.of("Haddad", "Demir", "Varga", "Mori", "Okoye", "Solberg",
        "Mensah", "Ferraro", "Volkov", "Kowalczyk", "Alvarez", "Iyer");

    /** The user of a generated task. */
    record Traveller(String first, String last, String birth, String passport) {
    }

    private TravelScenarios() {
    }

    static Traveller traveller(SplittableRandom r) {
        return new Traveller(pick(r, FIRST), pick(r, LAST),
            String.format("%d-%02d-%02d", 1952 + r.nextInt(45), 1 + r.nextInt(12), 1 + r.nextInt(28)),
            "US" + (1000000 + r.nextInt(9000000)));
    }

    /**
     * @param r the task's random numbers
     * @param who the user
     * @return a {@code TravelAPI} scenario in the Python value model
     */
    static Map<String, Object> scenario(SplittableRandom r, Traveller who) {
        Map<String, Object> cards = new LinkedHashMap<>();
        for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
            String id = r.nextBoolean() ? "card_" + (1000 + r.nextInt(9000)) : Long.toString(100000000000L
                + (long) (r.nextDouble() * 899999999999L));
            cards.put(id, PyValues.dict("card_number", digits(r, 16), "expiration_date",
                String.format("%02d/%d", 1 + r.nextInt(12), 2027 + r.nextInt(6)), "cardholder_name",
                who.first() + " " + who.last(), "card_verification_number", (long) (100 + r.nextInt(900)),
                "balance", (double) (1500 + 50 * r.nextInt(500))));
        }
        Map<String, Object> scenario = PyValues.dict("credit_card_list", cards, "booking_record", bookings(r, cards));
        if (r.nextInt(4) != 0) {
            scenario.put("access_token", "tk" + digits(r, 4) + pick(r, List.of("qx", "mv", "ze", "pa")) + digits(r, 3));
            scenario.put("token_type", "Bearer");
            scenario.put("token_expires_in", (long) pick(r, List.of(1800, 3600, 7200)));
            scenario.put("token_scope", "read_write");
            scenario.put("user_first_name", who.first());
            scenario.put("user_last_name", who.last());
        }
        scenario.put("budget_limit", r.nextInt(4) == 0 ? (double) (500 + 100 * r.nextInt(10)) : null);
        return scenario;
    }

    private static Map<String, Object> bookings(SplittableRandom r, Map<String, Object> cards) {
        List<Route> routes = new ArrayList<>(TravelTables.BASE_FARES.keySet());
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0, n = r.nextInt(3); i < n; i++) {
            Route route = pick(r, routes);
            String travelClass = pick(r, List.of("economy", "business", "first"));
            out.put(Long.toString(1000000 + r.nextInt(9000000)), PyValues.dict("card_id",
                pick(r, new ArrayList<>(cards.keySet())), "travel_date", date(r), "travel_from", route.from(),
                "travel_to", route.to(), "travel_class", travelClass, "travel_cost",
                (double) (TravelTables.BASE_FARES.get(route) * TravelTables.CLASS_FACTORS.get(travelClass)),
                "transaction_id", digits(r, 8)));
        }
        return out;
    }

    /** @return a travel date in 2025 to 2027 */
    static String date(SplittableRandom r) {
        return String.format("%d-%02d-%02d", 2025 + r.nextInt(3), 1 + r.nextInt(12), 1 + r.nextInt(28));
    }

    static String digits(SplittableRandom r, int n) {
        StringBuilder sb = new StringBuilder().append(1 + r.nextInt(9));
        while (sb.length() < n) {
            sb.append(r.nextInt(10));
        }
        return sb.toString();
    }

    static <T> T pick(SplittableRandom r, List<T> items) {
        return items.get(r.nextInt(items.size()));
    }
}
