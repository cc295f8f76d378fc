package io.envtune.env.travel.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.fail;

import io.envtune.api.FailureKind;
import io.envtune.api.ToolResult;
import io.envtune.testkit.ToolSession;
import io.envtune.toolkit.PyValues;
import io.envtune.toolkit.value.PyException;
import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

/** Focused checks of behaviours the fixtures do not reach: Python type errors, parsing quirks, independence. */
public final class TravelBehaviourTest {

    private static final String SCENARIO = "{\"credit_card_list\": {\"c1\": {\"balance\": 1000.0}}, "
        + "\"booking_record\": {\"b1\": {\"card_id\": \"gone\", \"travel_cost\": 10.0}}, \"access_token\": \"tok\", "
        + "\"token_expires_in\": 5, \"user_first_name\": \"A\", \"user_last_name\": \"B\", \"budget_limit\": 100.0}";

    private static ToolSession session(String scenario, boolean longContext) {
        return ToolSession.of(new TravelEnvironment(), scenario, longContext);
    }

    private static String run(String call) {
        return session(SCENARIO, false).execute(call).text();
    }

    @Test
    public void strptimeAcceptsWhatCPythonAccepts() {
        assertEquals(LocalDate.of(2024, 2, 5), TravelDates.strptimeYmd("2024-2-5", "d"));
        assertEquals(LocalDate.of(2024, 2, 5), TravelDates.strptimeYmd("2024-02- 5", "d"));
        assertEquals(LocalDate.of(2024, 2, 5), TravelDates.strptimeYmd("\uff12\uff10\uff12\uff14-02-05", "d"));
        assertNull(TravelDates.strptimeYmd(" 2024-01-01", "d"));
        assertNull(TravelDates.strptimeYmd("2024-01-01 ", "d"));
        assertNull(TravelDates.strptimeYmd("2024-02-30", "d"));
        assertNull(TravelDates.strptimeYmd("0000-01-01", "d"));
        assertNull(TravelDates.strptimeYmd("12345-01-01", "d"));
    }

    @Test
    public void strptimeRejectsNonStrings() {
        assertRaises("strptime() argument 1 must be str, not int", () -> TravelDates.strptimeYmd(5L, "d"));
        assertRaises("strptime() argument 1 must be str, not None", () -> TravelDates.strptimeYmd(null, "d"));
    }

    @Test
    public void digitSumIteratesLikePython() {
        assertEquals(16L, TravelDates.digitSum("2024-11-15", "d"));
        assertEquals(15L, TravelDates.digitSum(List.of("12", "3", "x"), "d"));
        assertRaises("invalid literal for int() with base 10: '\u00b2'", () -> TravelDates.digitSum("\u00b2", "d"));
        assertRaises("'int' object is not iterable", () -> TravelDates.digitSum(5L, "d"));
        assertRaises("'int' object has no attribute 'isdigit'", () -> TravelDates.digitSum(List.of(5L), "d"));
    }

    @Test
    public void floatConstructorParsesPythonLiterals() {
        assertEquals(105.0, PyValues.toDouble(" 1_0.5e1 "), 0.0);
        assertEquals(Double.NEGATIVE_INFINITY, PyValues.toDouble("-inf"), 0.0);
        assertRaises("could not convert string to float: 'abc'", () -> PyValues.toDouble("abc"));
        assertRaises("float() argument must be a string or a real number, not 'list'",
            () -> PyValues.toDouble(List.of()));
    }

    @Test
    public void ageCountsWholeYears() {
        assertEquals(17, TravelerTools.age(LocalDate.of(2000, 6, 2), LocalDate.of(2018, 6, 1)));
        assertEquals(18, TravelerTools.age(LocalDate.of(2000, 6, 1), LocalDate.of(2018, 6, 1)));
    }

    @Test
    public void exchangeAppliesPythonOperatorsToAnyValue() {
        assertEquals("{\"exchanged_value\": 1111111.0}",
            run("compute_exchange_rate(base_currency='USD', target_currency='RMB', value='1')"));
        assertEquals("Error during execution: can't multiply sequence by non-int of type 'float'",
            run("compute_exchange_rate(base_currency='USD', target_currency='EUR', value='1')"));
        assertEquals("Error during execution: unsupported operand type(s) for /: 'str' and 'int'",
            run("compute_exchange_rate(base_currency='RMB', target_currency='USD', value='1')"));
        assertEquals("{\"exchanged_value\": 0.14}",
            run("compute_exchange_rate(base_currency='RMB', target_currency='USD', value=True)"));
    }

    @Test
    public void wrongTypesGiveCPythonErrors() {
        assertEquals("Error during execution: unhashable type: 'list'",
            run("get_flight_cost(travel_from=['SFO'], travel_to='LAX', travel_date='2024-01-01', travel_class='economy')"));
        assertEquals("Error during execution: 'int' object is not iterable",
            run("get_flight_cost(travel_from='SFO', travel_to='LAX', travel_date=20240101, travel_class='economy')"));
        assertEquals("Error during execution: '<' not supported between instances of 'float' and 'str'",
            run("purchase_insurance(access_token='tok', insurance_type='x', booking_id='b1', insurance_cost='5', card_id='c1')"));
        assertEquals("Error during execution: strptime() argument 1 must be str, not int",
            run("verify_traveler_information(first_name='A', last_name='B', date_of_birth=1990, passport_number='US1')"));
        assertEquals("Error during execution: 'int' object has no attribute 'startswith'",
            run("verify_traveler_information(first_name='A', last_name='B', date_of_birth='1990-01-01', passport_number=1)"));
        assertEquals("{\"booking_status\": false, \"error\": \"Invalid departure airport code: 5\"}",
            run("book_flight(access_token='tok', card_id='c1', travel_date='2024-01-01', travel_from=5, travel_to='LAX', travel_class='economy')"));
    }

    @Test
    public void bookFlightPrintsTheValidClassSetInCPythonOrder() {
        assertEquals("{\"booking_status\": false, \"error\": \"Invalid travel class. Must be one of "
            + "{'first', 'business', 'economy'}\"}",
            run("book_flight(access_token='tok', card_id='c1', travel_date='2024-01-01', travel_from='SFO', travel_to='LAX', travel_class='coach')"));
    }

    @Test
    public void cancellingABookingOfAnUnknownCardRaisesKeyError() {
        ToolSession ex = session(SCENARIO, false);
        assertEquals("Error during execution: 'gone'", ex.execute("cancel_booking(access_token='tok', booking_id='b1')").text());
    }

    @Test
    public void expiredTokenIsReportedWithItsCause() {
        ToolSession ex = session(SCENARIO.replace("\"token_expires_in\": 5", "\"token_expires_in\": 0"), false);
        ToolResult r = ex.execute("get_booking_history(access_token='tok')");
        assertEquals("{\"error\": \"Token expired\"}", r.text());
        assertEquals(FailureKind.NOT_AUTHENTICATED, r.failure().kind());
        assertEquals("{\"status\": false}", ex.execute("travel_get_login_status()").text());
    }

    @Test
    public void longContextInstancesDoNotShareThePaddingCards() {
        ToolSession first = session("{\"access_token\": \"t\"}", true);
        ToolSession second = session("{\"access_token\": \"t\"}", true);
        String before = second.state();
        first.call("cancel_booking(access_token='t', booking_id='booking_901')");
        assertNotEquals(before, first.state());
        assertEquals(before, second.state());
    }

    private static void assertRaises(String message, Runnable action) {
        try {
            action.run();
            fail("expected PyException: " + message);
        } catch (PyException e) {
            assertEquals(message, e.getMessage());
        }
    }
}
