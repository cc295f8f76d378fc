package io.envtune.env.travel.internal;

import io.envtune.toolkit.generate.CallText;
import io.envtune.toolkit.generate.Request;
import java.util.ArrayList;
import java.util.List;

/**
 * Generated TravelAPI requests about the session, cards, budget, currencies and the traveller. Requests that need a
 * token are only made once someone is logged in; traveller verification uses the logged-in user's own name, an adult
 * birth date and a US passport, so it passes.
 */
final class TravelAccountAsks {

    private TravelAccountAsks() {
    }

    static Request authenticate(TravelWorld t) {
        if (t.loggedIn()) {
            return null;
        }
        String client = "cli-" + TravelScenarios.digits(t.w.random(), 5);
        String secret = t.w.pick("s3cr", "k9vq", "zeta", "m0on") + TravelScenarios.digits(t.w.random(), 6);
        String refresh = "rt" + TravelScenarios.digits(t.w.random(), 7);
        Object[] v = {"c", client, "s", secret, "r", refresh, "f", t.who.first(), "l", t.who.last()};
        return new Request(t.w.phrase(List.of("log me into the travel service as {f} {l}: client id {c}, secret {s}, "
                    + "refresh token {r}, grant type read_write",
                        "sign {f} {l} in to the booking system (client {c}, secret {s}, refresh token {r}, scope "
                    + "read_write)", "open a travel session for {f} {l}: client {c}, secret {s}, refresh token {r}, "
                    + "grant type read_write",
                "authenticate {f} {l} with the travel API (client {c}, secret {s}, refresh token {r}, "
                    + "read_write access)",
                "get me a travel session with read_write scope for {f} {l}, using client {c}, secret {s} and refresh "
                    + "token {r}"), v),
            List.of(CallText.of("authenticate_travel", "client_id", client, "client_secret", secret,
                "refresh_token", refresh, "grant_type", "read_write", "user_first_name", t.who.first(),
                "user_last_name", t.who.last())),
            t.w.phrase(List.of("log me into the travel service: client id {c}, secret {s}, refresh token {r}, grant "
                + "type read_write"), v),
            t.w.phrase(List.of("I'm {f} {l}.", "My name is {f} {l}.", "The user is {f} {l}."), v));
    }

    static Request status(TravelWorld t) {
        return Request.of(t.w.pick("check whether I'm logged in to the travel service",
            "see if I still have a valid travel login",
            "tell me if my travel session is still active", "confirm that the travel API still knows me",
            "find out whether my booking session is live"), CallText.of("travel_get_login_status"));
    }

    static Request fiscalYear(TravelWorld t) {
        return Request.of(t.w.pick("tell me the budget fiscal year", "get me the fiscal year of the travel budget",
            "find out which fiscal year the travel budget uses",
            "look up the fiscal year of our travel budget", "check which budget year applies to my travel"),
            CallText.of("get_budget_fiscal_year"));
    }

    static Request register(TravelWorld t) {
        if (!t.loggedIn()) {
            return null;
        }
        String number = TravelScenarios.digits(t.w.random(), 16);
        String expiry = String.format("%02d/%d", 1 + t.w.random().nextInt(12), 2027 + t.w.random().nextInt(6));
        long cvv = 100 + t.w.random().nextInt(900);
        Object[] v = {"n", number, "e", expiry, "h", t.who.first() + " " + t.who.last(), "v", cvv};
        return new Request(t.withToken(t.w.phrase(List.of("register my card {n}, expiring {e}, holder {h}, CVV {v}",
                "add a new credit card: number {n}, expiry {e}, name {h}, security code {v}"), v)),
            List.of(CallText.of("register_credit_card", "access_token", t.token(), "card_number", number,
                "expiration_date", expiry, "cardholder_name", v[5], "card_verification_number", cvv)),
            t.withToken(t.w.phrase(List.of("register my card {n}, expiring {e}, holder {h}"), v)),
            t.w.phrase(List.of("The CVV is {v}.", "Its security code is {v}."), v));
    }

    static Request balance(TravelWorld t) {
        if (!t.loggedIn()) {
            return null;
        }
        Object[] v = {"k", t.w.pick(t.cardIds())};
        return new Request(t.withToken(t.w.phrase(List.of("check the balance on card {k}",
                "tell me how much is left on card {k}"), v)),
            List.of(CallText.of("get_credit_card_balance", "access_token", t.token(), "card_id", v[1])),
            t.withToken(t.w.pick("check the balance of one of my cards")),
            t.w.phrase(List.of("Card {k}.", "The card id is {k}."), v));
    }

    static Request cards(TravelWorld t) {
        return Request.of(t.w.pick("list my registered credit cards",
            "read out the credit cards registered for travel", "show every card on file",
            "tell me which payment cards the travel account holds", "pull up all the cards I can pay with"),
            CallText.of("get_all_credit_cards"));
    }

    static Request budget(TravelWorld t) {
        double limit = 100.0 * (3 + t.w.random().nextInt(28));
        if (!t.loggedIn()) {
            return null;
        }
        Object[] v = {"b", (long) limit};
        return new Request(t.withToken(t.w.phrase(List.of("set my travel budget limit to {b} dollars",
                "cap my budget at ${b}"), v)),
            List.of(CallText.of("set_budget_limit", "access_token", t.token(), "budget_limit", limit)),
            t.withToken(t.w.pick("set a travel budget limit for me")),
            t.w.phrase(List.of("Make it {b} dollars.", "${b}."), v));
    }

    static Request exchange(TravelWorld t) {
        List<String> codes = new ArrayList<>(TravelTables.USD_RATES.keySet());
        String other = t.w.pick(codes);
        boolean toUsd = t.w.random().nextBoolean();
        double value = 10.0 * (1 + t.w.random().nextInt(200));
        Object[] v = {"x", toUsd ? other : "USD", "y", toUsd ? "USD" : other, "a", (long) value};
        return new Request(t.w.phrase(List.of("convert {a} {x} into {y}", "tell me what {a} {x} is worth in {y}",
                "work out how much {a} {x} comes to in {y}"), v),
            List.of(CallText.of("compute_exchange_rate", "base_currency", v[1], "target_currency", v[3],
                "value", value)),
            t.w.phrase(List.of("convert {a} {x} into another currency"), v),
            t.w.phrase(List.of("Into {y}.", "The target is {y}."), v));
    }

    static Request verify(TravelWorld t) {
        if (!t.loggedIn() || !t.who.first().equals(t.state().userFirstName)) {
            return null;
        }
        Object[] v = {"f", t.who.first(), "l", t.who.last(), "d", t.who.birth(), "p", t.who.passport()};
        return new Request(t.w.phrase(List.of("verify my traveller details: {f} {l}, born {d}, passport {p}",
                "check that {f} {l} (date of birth {d}, passport {p}) may travel",
                "run the traveller check for {f} {l}, born {d}, passport number {p}",
                "confirm {f} {l} can fly: birth date {d}, passport {p}"), v),
            List.of(CallText.of("verify_traveler_information", "first_name", v[1], "last_name", v[3],
                "date_of_birth", v[5], "passport_number", v[7])),
            t.w.phrase(List.of("verify my traveller details: {f} {l}, born {d}"), v),
            t.w.phrase(List.of("My passport number is {p}.", "Passport {p}."), v));
    }
}
