package io.envtune.env.travel.internal;

import io.envtune.api.ToolEnvironment;
import io.envtune.testkit.EnvironmentContractTest;
import java.util.List;

/**
 * TravelAPI keeps the contract every environment keeps ({@link EnvironmentContractTest}), on the scenario and
 * the calls of its built-in task {@code trv_base_2}.
 */
public final class TravelContractTest extends EnvironmentContractTest {

    private final ToolEnvironment environment = new TravelEnvironment();

    @Override
    protected ToolEnvironment environment() {
        return environment;
    }

    @Override
    protected String scenarioJson() {
        return "{\"credit_card_list\": {\"card_1\": {\"card_number\": \"4111222233334444\", "
            + "\"cardholder_name\": \"Mia Chen\", \"expiration_date\": \"10/2030\", "
            + "\"card_verification_number\": 321, \"balance\": 2000.0}}, "
            + "\"booking_record\": {\"3456789\": {\"card_id\": \"card_1\", \"travel_date\": \"2024-12-01\", "
            + "\"travel_from\": \"SFO\", \"travel_to\": \"LAX\", \"travel_class\": \"economy\", "
            + "\"travel_cost\": 200.0, \"transaction_id\": \"11223344\"}}, \"access_token\": \"tok123\", "
            + "\"token_type\": \"Bearer\", \"token_expires_in\": 3600, \"token_scope\": \"read_write\", "
            + "\"user_first_name\": \"Mia\", \"user_last_name\": \"Chen\", \"budget_limit\": null}";
    }

    @Override
    protected List<String> sampleCalls() {
        return List.of(
            "get_flight_cost(travel_from='SFO', travel_to='LAX', travel_date='2024-12-05', "
                + "travel_class='economy')",
            "book_flight(access_token='tok123', card_id='card_1', travel_date='2024-12-05', "
                + "travel_from='SFO', travel_to='LAX', travel_class='economy')");
    }
}
