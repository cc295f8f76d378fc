package io.envtune.env.travel.internal;

import io.envtune.toolkit.DomainState;
import io.envtune.toolkit.LongContextData;
import io.envtune.toolkit.PyRandom;
import io.envtune.toolkit.PyValues;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The state of one TravelAPI episode: the reference's public attributes (credit cards, bookings, token, user names,
 * budget limit, long-context flag) plus its private random generator. Tool bodies in {@link AccountTools},
 * {@link FlightTools} and {@link BookingTools} read and change these fields; the instance is confined to one thread.
 */
final class TravelState implements DomainState {

    final Map<String, Object> creditCardList;
    final Map<String, Object> bookingRecord;
    Object accessToken;
    Object tokenType;
    Object tokenExpiresIn;
    Object tokenScope;
    Object userFirstName;
    Object userLastName;
    Object budgetLimit;
    final boolean longContext;
    /** CPython {@code random.Random(seed)}; every id, token and new-card balance is drawn from it, in order. */
    final PyRandom random;

    /**
     * Loads a scenario like the reference's {@code _load_scenario}: missing keys take the defaults; long context
     * merges the padding cards and bookings behind the scenario's own, never overwriting them.
     *
     * @param scenario the scenario dict (owned by this state from now on)
     * @param longContext whether long context is on
     * @param padding the long-context constants, or null when long context is off
     */
    TravelState(Map<String, Object> scenario, boolean longContext, LongContextData padding) {
        this.random = new PyRandom(seed(scenario.getOrDefault("random_seed", TravelTables.DEFAULT_SEED)));
        this.creditCardList = dictAttribute(scenario, "credit_card_list");
        this.bookingRecord = dictAttribute(scenario, "booking_record");
        this.accessToken = scenario.get("access_token");
        this.tokenType = scenario.get("token_type");
        this.tokenExpiresIn = scenario.get("token_expires_in");
        this.tokenScope = scenario.get("token_scope");
        this.userFirstName = scenario.get("user_first_name");
        this.userLastName = scenario.get("user_last_name");
        this.budgetLimit = scenario.get("budget_limit");
        this.longContext = longContext;
        if (longContext) {
            mergeMissing(creditCardList, padding.get("CREDIT_CARD_EXTENSION"));
            mergeMissing(bookingRecord, padding.get("BOOKING_RECORD_EXTENSION"));
        }
    }

    @Override
    public Map<String, Object> attributes() {
        return PyValues.dict("credit_card_list", creditCardList, "booking_record", bookingRecord,
            "access_token", accessToken, "token_type", tokenType, "token_expires_in", tokenExpiresIn,
            "token_scope", tokenScope, "user_first_name", userFirstName, "user_last_name", userLastName,
            "budget_limit", budgetLimit, "long_context", longContext);
    }

    /** @return {@code token_expires_in == 0} (Python equality, so {@code 0.0} and {@code False} count too) */
    boolean tokenExpired() {
        return PyValues.eq(tokenExpiresIn, 0L);
    }

    /** @return {@code token == self.access_token} */
    boolean tokenMatches(Object token) {
        return PyValues.eq(token, accessToken);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> dictAttribute(Map<String, Object> scenario, String key) {
        Object value = scenario.containsKey(key) ? scenario.get(key) : new LinkedHashMap<String, Object>();
        if (!(value instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("TravelAPI scenario key " + key + " must be a JSON object");
        }
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static void mergeMissing(Map<String, Object> target, Object extension) {
        // The reference inserts the shared module-level dicts; a copy keeps episodes independent.
        for (Map.Entry<String, Object> e : ((Map<String, Object>) extension).entrySet()) {
            if (!target.containsKey(e.getKey())) {
                target.put(e.getKey(), PyValues.deepCopy(e.getValue()));
            }
        }
    }

    private static long seed(Object value) {
        if (!(value instanceof Long seed)) {
            throw new IllegalArgumentException("TravelAPI random_seed must be an integer, got " + value);
        }
        return seed;
    }
}
