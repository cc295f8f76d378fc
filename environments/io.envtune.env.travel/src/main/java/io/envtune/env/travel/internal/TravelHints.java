package io.envtune.env.travel.internal;

import io.envtune.api.ToolFailure;
import io.envtune.toolkit.HintArgs;
import java.util.ArrayList;
import java.util.List;

/** The hint texts of {@link TravelAugmenter}; null where the generic augmenters say enough. */
final class TravelHints {

    private static final String FIND_CODES = " Please use valid airport codes. You can use 'list_all_airports' to get "
        + "all available airports or 'get_nearest_airport_by_city' to find the correct airport code for a city.";

    private TravelHints() {
    }

    static String of(ToolFailure f, HintArgs args) {
        String p = f.parameter() == null ? "" : f.parameter();
        return switch (f.kind()) {
            case NOT_AUTHENTICATED -> "The access token is missing, expired or not the current one. authenticate_travel "
                + "logs the user in and returns an access_token; pass exactly that token to the tools that need one.";
            case INVALID_VALUE -> invalid(p, args);
            case NOT_FOUND -> notFound(f.tool(), p, args);
            case PRECONDITION_FAILED -> precondition(p);
            case ALREADY_EXISTS -> "This card is already registered. get_all_credit_cards lists the registered cards "
                + "with their ids.";
            default -> null;
        };
    }

    private static String invalid(String p, HintArgs args) {
        return switch (p) {
            case "travel_from", "travel_to", "travel_from,travel_to" -> airports(p, args);
            case "travel_date", "date_of_birth" -> "Write dates as YYYY-MM-DD (four-digit year, two-digit month and "
                + "day).";
            case "travel_class" -> "travel_class must be one of economy, business or first, in lower case.";
            case "first_name" -> "verify_traveler_information only accepts the traveler who is logged in: the first "
                + "and last name must be those given to authenticate_travel.";
            case "passport_number" -> "Only passports issued by the United States are accepted; check the passport "
                + "number with the user.";
            default -> null;
        };
    }

    /** Names each unknown code by its role, as Environment Tuning's get_flight_cost does. */
    private static String airports(String p, HintArgs args) {
        List<String> bad = new ArrayList<>();
        if (p.contains("travel_from")) {
            bad.add("departure airport '" + args.text("travel_from") + "'");
        }
        if (p.contains("travel_to")) {
            bad.add("destination airport '" + args.text("travel_to") + "'");
        }
        return "Invalid airport code" + (bad.size() > 1 ? "s" : "") + ": " + String.join(" and ", bad) + "."
            + FIND_CODES;
    }

    private static String notFound(String tool, String p, HintArgs args) {
        if (tool.equals("compute_exchange_rate")) {
            List<String> codes = new ArrayList<>(List.of("USD"));
            codes.addAll(TravelTables.USD_RATES.keySet());
            return "No available exchange rate for '" + args.text("base_currency") + "' to '"
                + args.text("target_currency") + "'. Supported currencies are: " + String.join(", ", codes)
                + "; rates exist only between USD and another currency. Please check if the currency codes are "
                + "correct.";
        }
        return switch (p) {
            case "travel_to" -> "No available route from '" + args.text("travel_from") + "' to '"
                + args.text("travel_to") + "'. Both airport codes are valid, but no flight serves this pair; check "
                + "that these are the airports meant (get_nearest_airport_by_city finds the airport of a city).";
            case "booking_id" -> "No booking with id '" + args.text("booking_id") + "'. get_booking_history lists "
                + "the user's bookings with their ids; book_flight returns the id of a new booking.";
            case "card_id" -> "Card '" + args.text("card_id") + "' is not registered. get_all_credit_cards lists the "
                + "registered cards with their ids; register_credit_card adds a card.";
            default -> null;
        };
    }

    private static String precondition(String p) {
        return switch (p) {
            case "card_id" -> "This card cannot pay for the booking (see the error). get_credit_card_balance shows a "
                + "card's balance and get_all_credit_cards lists the registered cards.";
            case "insurance_cost" -> "The insurance cost is above the budget limit set with set_budget_limit.";
            case "date_of_birth" -> "Travelers must be at least 18 years old.";
            default -> null;
        };
    }
}
