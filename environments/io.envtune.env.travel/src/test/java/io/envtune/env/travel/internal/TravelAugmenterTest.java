package io.envtune.env.travel.internal;

import static io.envtune.testkit.HintCheck.assertContains;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.envtune.api.EnvironmentInstance;
import io.envtune.api.EnvironmentOptions;
import io.envtune.api.FeedbackEvent;
import io.envtune.api.FeedbackKind;
import io.envtune.api.ToolEnvironment;
import io.envtune.api.ToolResult;
import io.envtune.testkit.HintCheck;
import io.envtune.toolkit.PyCalls;
import java.util.List;
import org.junit.Test;

/** Environment Tuning's travel catalogue, produced by a real instance and fed to the augmenter. */
public final class TravelAugmenterTest {

    private static final String SCENARIO = "{\"credit_card_list\": {\"c1\": {\"balance\": 10.0}}, "
        + "\"booking_record\": {}, \"access_token\": \"tok\", \"token_expires_in\": 5, \"user_first_name\": \"A\", "
        + "\"user_last_name\": \"B\"}";

    private final ToolEnvironment env = new TravelEnvironment();
    private final HintCheck hints = new HintCheck(env, new TravelAugmenter());
    private final EnvironmentInstance travel = env.create(SCENARIO, EnvironmentOptions.DEFAULT);

    private ToolResult run(String text) {
        return travel.invoke(PyCalls.parse(text));
    }

    private String hint(String text) {
        return hints.hint(travel, text);
    }

    @Test
    public void unknownAirportCodeNamesItsRoleAndTheToolsThatFindCodes() {
        String one = hint("get_flight_cost(travel_from='SFO', travel_to='Pinehaven', travel_date='2024-11-15', "
            + "travel_class='economy')");
        assertContains(one, "Invalid airport code: destination airport 'Pinehaven'.", "list_all_airports",
            "get_nearest_airport_by_city");
        assertFalse(one, one.contains("departure"));
        assertContains(hint("get_flight_cost(travel_from='Rivermist', travel_to='Pinehaven', travel_date='2024-11-15', "
            + "travel_class='economy')"), "Invalid airport codes: departure airport 'Rivermist' and destination "
            + "airport 'Pinehaven'.");
        assertContains(hint("book_flight(access_token='tok', card_id='c1', travel_date='2024-11-15', travel_from='LA', "
            + "travel_to='SFO', travel_class='economy')"), "departure airport 'LA'", "list_all_airports");
    }

    @Test
    public void validCodesWithoutARouteNameThePairAndTheMessageStaysBfcls() {
        String call = "get_flight_cost(travel_from='SFO', travel_to='HND', travel_date='2024-11-15', "
            + "travel_class='economy')";
        assertEquals("Error during execution: No available route for the given airports.", run(call).text());
        assertContains(hint(call), "No available route from 'SFO' to 'HND'", "valid");
    }

    @Test
    public void unsupportedCurrencyPairListsTheElevenCodes() {
        String hint = hint("compute_exchange_rate(base_currency='EUR', target_currency='JPY', value=10.0)");
        assertContains(hint, "'EUR' to 'JPY'", "USD, RMB, EUR, JPY, GBP, CAD, AUD, INR, RUB, BRL, MXN");
    }

    @Test
    public void sessionCardAndBookingPrerequisites() {
        assertContains(hint("get_booking_history(access_token='wrong')"), "authenticate_travel");
        assertContains(hint("book_flight(access_token='tok', card_id='c9', travel_date='2024-11-15', "
            + "travel_from='SFO', travel_to='LAX', travel_class='economy')"), "Card 'c9' is not registered",
            "get_all_credit_cards");
        assertContains(hint("book_flight(access_token='tok', card_id='c1', travel_date='2024-11-15', "
            + "travel_from='SFO', travel_to='LAX', travel_class='economy')"), "get_credit_card_balance");
        assertContains(hint("cancel_booking(access_token='tok', booking_id='b7')"), "No booking with id 'b7'",
            "get_booking_history");
        assertContains(hint("get_flight_cost(travel_from='SFO', travel_to='LAX', travel_date='2024-11-15', "
            + "travel_class='coach')"), "economy, business or first");
    }

    @Test
    public void otherDomainsAreLeftAlone() {
        ToolResult r = run("get_flight_cost(travel_from='SFO', travel_to='HND', travel_date='2024-11-15', "
            + "travel_class='economy')");
        io.envtune.api.ToolFailure foreign = new io.envtune.api.ToolFailure(r.failure().kind(), "cd", "folder", "x");
        assertTrue(new TravelAugmenter().hint(new FeedbackEvent(FeedbackKind.TOOL_FAILURE, null, foreign, "e",
            List.of())).isEmpty());
    }
}
