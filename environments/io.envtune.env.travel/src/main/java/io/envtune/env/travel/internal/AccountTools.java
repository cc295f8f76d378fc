package io.envtune.env.travel.internal;

import static io.envtune.env.travel.internal.Results.fail;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.BoundArgs;
import io.envtune.toolkit.Failed;
import io.envtune.toolkit.PyText;
import io.envtune.toolkit.PyValues;
import java.util.ArrayList;
import java.util.Map;

/** TravelAPI tools about the user's session, credit cards and budget. */
final class AccountTools {

    private AccountTools() {
    }

    /** {@code authenticate_travel}: a fresh 6-digit token valid for "2" uses; the names and scope are stored. */
    static Object authenticate(TravelState s, BoundArgs a) {
        s.tokenExpiresIn = 2L;
        s.accessToken = String.valueOf(s.random.randint(100000, 999999));
        s.tokenType = "Bearer";
        s.tokenScope = a.get("grant_type");
        s.userFirstName = a.get("user_first_name");
        s.userLastName = a.get("user_last_name");
        return PyValues.dict("expires_in", 2L, "access_token", s.accessToken, "token_type", "Bearer",
            "scope", a.get("grant_type"));
    }

    /** {@code travel_get_login_status}: logged in unless the token lifetime is None or 0. */
    static Object loginStatus(TravelState s, BoundArgs a) {
        return PyValues.dict("status", !(s.tokenExpiresIn == null || s.tokenExpired()));
    }

    /** {@code get_budget_fiscal_year}: always 2018, whatever the filters. */
    static Object fiscalYear(TravelState s, BoundArgs a) {
        return PyValues.dict("budget_fiscal_year", "2018");
    }

    /** {@code register_credit_card}: draws a 12-digit card id and a 5-digit int balance. */
    static Object registerCard(TravelState s, BoundArgs a) {
        if (s.tokenExpiresIn == null) {
            return fail(FailureKind.NOT_AUTHENTICATED, "access_token", "token not initialized",
                "error", "Token not initialized");
        }
        Object check = tokenCheck(s, a.get("access_token"));
        if (check != null) {
            return check;
        }
        // The reference compares the card number with the card ids, so this practically never fires.
        if (PyValues.containsKey(s.creditCardList, a.get("card_number"), "card_number")) {
            return fail(FailureKind.ALREADY_EXISTS, "card_number", a.get("card_number"),
                "error", "Card already registered");
        }
        String cardId = String.valueOf(s.random.randint(100000000000L, 999999999999L));
        s.creditCardList.put(cardId, PyValues.dict("card_number", a.get("card_number"),
            "expiration_date", a.get("expiration_date"), "cardholder_name", a.get("cardholder_name"),
            "card_verification_number", a.get("card_verification_number"),
            "balance", s.random.randint(10000, 99999)));
        return PyValues.dict("card_id", cardId);
    }

    /** {@code get_credit_card_balance}: the stored balance, or the list of known card ids. */
    static Object cardBalance(TravelState s, BoundArgs a) {
        Object check = tokenCheck(s, a.get("access_token"));
        if (check != null) {
            return check;
        }
        Object cardId = a.get("card_id");
        if (!PyValues.containsKey(s.creditCardList, cardId, "card_id")) {
            String ids = PyText.repr(new ArrayList<Object>(s.creditCardList.keySet()));
            return fail(FailureKind.NOT_FOUND, "card_id", cardId,
                "error", "Card not registered. Here are a list of card_id's: " + ids);
        }
        return PyValues.dict("card_balance", PyValues.item(card(s, (String) cardId), "balance"));
    }

    /** {@code set_budget_limit}: stores {@code float(budget_limit)}. */
    static Object setBudget(TravelState s, BoundArgs a) {
        Object check = tokenCheck(s, a.get("access_token"));
        if (check != null) {
            return check;
        }
        double limit = PyValues.blaming("budget_limit", () -> PyValues.toDouble(a.get("budget_limit")));
        s.budgetLimit = limit;
        return PyValues.dict("budget_limit", limit);
    }

    /** {@code get_all_credit_cards}: the live card dict. */
    static Object allCards(TravelState s, BoundArgs a) {
        return PyValues.dict("credit_card_list", s.creditCardList);
    }

    /**
     * The token checks of the secured tools: an expired token, then a token that is not the current one.
     *
     * @param token the caller's token
     * @param prefix key/value pairs the tool puts before {@code error} (e.g. {@code booking_status: false})
     * @return the failed result, or null when the token is good
     */
    static Failed tokenCheck(TravelState s, Object token, Object... prefix) {
        if (s.tokenExpired()) {
            return fail(FailureKind.NOT_AUTHENTICATED, "access_token", "token expired",
                withError(prefix, "Token expired"));
        }
        if (!s.tokenMatches(token)) {
            return fail(FailureKind.NOT_AUTHENTICATED, "access_token", token,
                withError(prefix, "Invalid access token"));
        }
        return null;
    }

    /**
     * @param cardId a key of the card dict
     * @return the card's dict
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> card(TravelState s, String cardId) {
        return (Map<String, Object>) s.creditCardList.get(cardId);
    }

    /** @return the prefix pairs followed by {@code "error", message} */
    static Object[] withError(Object[] prefix, String message) {
        Object[] kv = new Object[prefix.length + 2];
        System.arraycopy(prefix, 0, kv, 0, prefix.length);
        kv[prefix.length] = "error";
        kv[prefix.length + 1] = message;
        return kv;
    }
}
