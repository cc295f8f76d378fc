package io.envtune.env.travel.internal;

import io.envtune.toolkit.Param;
import io.envtune.toolkit.ToolTable;

/** The 18 TravelAPI tools: names, parameters in Python signature order with their defaults, and bodies. */
final class TravelTable {

    /** The BFCL class name, used in Python error texts and as the environment id. */
    static final String OWNER = "TravelAPI";

    /** The shared, immutable tool table. */
    static final ToolTable<TravelState> TABLE = ToolTable.<TravelState>builder(OWNER)
        .tool("authenticate_travel", "Log in to the travel system and obtain an access token for the user.",
            AccountTools::authenticate,
            str("client_id", "Client id of the calling application."),
            str("client_secret", "Client secret of the calling application."),
            str("refresh_token", "Refresh token from an earlier login."),
            str("grant_type", "Requested scope: read_write, read or write."),
            str("user_first_name", "First name of the user."), str("user_last_name", "Last name of the user."))
        .tool("travel_get_login_status", "Tell whether a user is currently logged in.", AccountTools::loginStatus)
        .tool("get_budget_fiscal_year", "Get the budget fiscal year.", AccountTools::fiscalYear,
            Param.optional("lastModifiedAfter", "string", "Only fiscal years changed after this UTC timestamp.", null),
            Param.optional("includeRemoved", "string", "Whether to include removed fiscal years.", null))
        .tool("register_credit_card", "Register a credit card for the logged-in user; returns its card id.",
            AccountTools::registerCard, token(), str("card_number", "The card number."),
            str("expiration_date", "Expiry date, MM/YYYY."), str("cardholder_name", "Name printed on the card."),
            Param.required("card_verification_number", "integer", "The card's security code."))
        .tool("get_flight_cost", "List flight costs in USD for a route, date and travel class.",
            FlightTools::flightCost, str("travel_from", "Departure airport code (3 letters)."),
            str("travel_to", "Arrival airport code (3 letters)."), str("travel_date", "Travel date, YYYY-MM-DD."),
            str("travel_class", "economy, business or first."))
        .tool("get_credit_card_balance", "Get the balance of a registered credit card.", AccountTools::cardBalance,
            token(), str("card_id", "Id of the credit card."))
        .tool("book_flight", "Book a flight and pay for it with a registered credit card.", FlightTools::book,
            token(), str("card_id", "Id of the credit card to charge."), str("travel_date", "Travel date, YYYY-MM-DD."),
            str("travel_from", "Departure airport code."), str("travel_to", "Arrival airport code."),
            str("travel_class", "economy, business or first."))
        .tool("retrieve_invoice", "Get the invoice of a booking.", BookingTools::invoice, token(),
            Param.optional("booking_id", "string", "Id of the booking.", null),
            Param.optional("insurance_id", "string", "Id of an insurance policy.", null))
        .tool("get_booking_history", "List every booking of the user.", BookingTools::history, token())
        .tool("list_all_airports", "List the codes of all airports served.", FlightTools::airports)
        .tool("cancel_booking", "Cancel a booking and refund its cost to the card used.", BookingTools::cancel,
            token(), str("booking_id", "Id of the booking to cancel."))
        .tool("compute_exchange_rate", "Convert an amount between USD and another currency.", TravelerTools::exchange,
            str("base_currency", "Currency to convert from (USD, RMB, EUR, JPY, GBP, CAD, AUD, INR, RUB, BRL, MXN)."),
            str("target_currency", "Currency to convert to (same codes)."),
            Param.required("value", "float", "Amount to convert."))
        .tool("verify_traveler_information", "Check a traveler's name, age and passport before booking.",
            TravelerTools::verify, str("first_name", "Traveler's first name."),
            str("last_name", "Traveler's last name."), str("date_of_birth", "Birth date, YYYY-MM-DD."),
            str("passport_number", "Passport number."))
        .tool("set_budget_limit", "Set the user's budget limit in USD.", AccountTools::setBudget, token(),
            Param.required("budget_limit", "float", "The limit in USD."))
        .tool("get_nearest_airport_by_city", "Find the airport code closest to a city.", FlightTools::nearestAirport,
            str("location", "City name."))
        .tool("purchase_insurance", "Buy travel insurance for a booking, charged to a credit card.",
            BookingTools::insure, token(), str("insurance_type", "Kind of insurance."),
            str("booking_id", "Id of the insured booking."),
            Param.required("insurance_cost", "float", "Price of the insurance in USD."),
            str("card_id", "Id of the credit card to charge."))
        .tool("contact_customer_support", "Send a message about a booking to customer support.",
            BookingTools::support, str("booking_id", "Id of the booking."), str("message", "The message."))
        .tool("get_all_credit_cards", "List every registered credit card with its details.", AccountTools::allCards)
        .build();

    private TravelTable() {
    }

    private static Param str(String name, String description) {
        return Param.required(name, "string", description);
    }

    private static Param token() {
        return str("access_token", "Access token from authenticate_travel or the initial configuration.");
    }
}
