package io.envtune.env.trading.internal;

import io.envtune.toolkit.DomainState;
import io.envtune.toolkit.PyRandom;
import io.envtune.toolkit.PyValues;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The state of one TradingBot instance: the reference's public attributes, loaded from a scenario exactly like its
 * {@code _load_scenario} (each missing key takes the default; digit-string order ids become ints), plus its private
 * random generator. Confined to one thread, like the instance that owns it.
 */
final class TradingState implements DomainState {

    /** {@code CURRENT_TIME} of the reference: 2024-09-01 10:30, read as UTC (the fixtures' zone). */
    static final LocalDateTime CURRENT_TIME = LocalDateTime.of(2024, 9, 1, 10, 30);
    private static final long START_SECONDS = CURRENT_TIME.toEpochSecond(ZoneOffset.UTC);
    private static final long DAY_SECONDS = 86_400L;

    Map<Object, Object> orders;
    Map<Object, Object> accountInfo;
    Object authenticated;
    Object marketStatus;
    Object orderCounter;
    Map<Object, Object> stocks;
    List<Object> watchList;
    List<Object> transactionHistory;
    final boolean longContext;
    /** The long-context padding, or null when long context is off. */
    final Padding padding;
    private final PyRandom random;

    /**
     * @param scenario the class's scenario dict (Python value model; this state takes ownership)
     * @param padding the long-context padding, or null for a plain instance
     */
    TradingState(Map<?, ?> scenario, Padding padding) {
        orders = intKeys(dictOf(scenario, "orders", TradingDefaults::orders));
        accountInfo = dictOf(scenario, "account_info", TradingDefaults::accountInfo);
        authenticated = valueOf(scenario, "authenticated", () -> Boolean.FALSE);
        marketStatus = valueOf(scenario, "market_status", () -> "Closed");
        orderCounter = valueOf(scenario, "order_counter", TradingDefaults::orderCounter);
        stocks = dictOf(scenario, "stocks", TradingDefaults::stocks);
        watchList = listOf(scenario, "watch_list", TradingDefaults::watchList);
        transactionHistory = listOf(scenario, "transaction_history", ArrayList::new);
        this.longContext = padding != null;
        this.padding = padding;
        random = new PyRandom(seed(valueOf(scenario, "random_seed", () -> TradingDefaults.RANDOM_SEED)));
    }

    @Override
    public Map<String, Object> attributes() {
        return PyValues.dict("orders", orders, "account_info", accountInfo, "authenticated", authenticated,
            "market_status", marketStatus, "order_counter", orderCounter, "stocks", stocks, "watch_list", watchList,
            "transaction_history", transactionHistory, "long_context", longContext);
    }

    /** @return {@code not self.authenticated} */
    boolean loggedOut() {
        return !PyValues.truthy(authenticated);
    }

    /**
     * {@code _generate_transaction_timestamp}: a uniform second in [CURRENT_TIME, CURRENT_TIME + 1 day], drawn from
     * the state's generator.
     *
     * @return the timestamp as {@code %Y-%m-%d %H:%M:%S}
     */
    String nextTimestamp() {
        long seconds = random.randint(START_SECONDS, START_SECONDS + DAY_SECONDS);
        return PyDates.format(LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC));
    }

    private static Object valueOf(Map<?, ?> scenario, String key, Supplier<Object> fallback) {
        return scenario.containsKey(key) ? scenario.get(key) : fallback.get();
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> dictOf(Map<?, ?> scenario, String key, Supplier<Map<Object, Object>> fallback) {
        Object value = scenario.containsKey(key) ? scenario.get(key) : fallback.get();
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException("TradingBot scenario: '" + key + "' must be a JSON object");
        }
        return (Map<Object, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> listOf(Map<?, ?> scenario, String key, Supplier<List<Object>> fallback) {
        Object value = scenario.containsKey(key) ? scenario.get(key) : fallback.get();
        if (!(value instanceof List)) {
            throw new IllegalArgumentException("TradingBot scenario: '" + key + "' must be a JSON array");
        }
        return (List<Object>) value;
    }

    /** {@code int(k) if isinstance(k, str) and k.isdigit() else k}, in order. */
    private static Map<Object, Object> intKeys(Map<Object, Object> raw) {
        Map<Object, Object> out = new LinkedHashMap<>();
        raw.forEach((k, v) -> out.put(k instanceof String s && isDigits(s) ? toInt(s) : k, v));
        return out;
    }

    private static boolean isDigits(String s) {
        return !s.isEmpty() && s.codePoints().allMatch(Character::isDigit);
    }

    private static Object toInt(String digits) {
        BigInteger value = BigInteger.ZERO;
        for (int cp : digits.codePoints().toArray()) {
            value = value.multiply(BigInteger.TEN).add(BigInteger.valueOf(Character.digit(cp, 10)));
        }
        return PyValues.normalize(value);
    }

    private static long seed(Object value) {
        if (value instanceof Long l) {
            return l;
        }
        throw new IllegalArgumentException("TradingBot scenario: 'random_seed' must be an integer: " + value);
    }
}
