package io.envtune.env.message.internal;

import io.envtune.toolkit.DomainState;
import io.envtune.toolkit.PyRandom;
import io.envtune.toolkit.PyValues;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * MessageAPI's state: the public attributes of the Python class in {@code vars()} order, loaded like its
 * {@code _load_scenario} (each key falls back to the default state when the scenario lacks it), plus the private
 * random generator (seed {@code random_seed} or 200191) that draws message ids.
 */
final class MessageState implements DomainState {

    private static final long DEFAULT_SEED = 200191L;

    final Set<Object> generatedIds;
    long userCount;
    final Map<Object, Object> userMap;
    final List<Object> inbox;
    long messageCount;
    Object currentUser;
    private final PyRandom random;

    /**
     * @param scenarioJson BFCL's {@code initial_config["MessageAPI"]}, or {@code {}}
     * @throws IllegalArgumentException when it is not a JSON object or a value has the wrong type
     */
    MessageState(String scenarioJson) {
        Map<?, ?> scenario = scenario(scenarioJson);
        random = new PyRandom(integer(scenario, "random_seed", DEFAULT_SEED));
        generatedIds = idSet(scenario.containsKey("generated_ids") ? scenario.get("generated_ids") : List.of());
        userCount = integer(scenario, "user_count", 4L);
        userMap = map(scenario, "user_map", MessageDefaults.userMap());
        inbox = list(scenario, "inbox", MessageDefaults.inbox());
        messageCount = integer(scenario, "message_count", 3L);
        currentUser = scenario.containsKey("current_user") ? scenario.get("current_user") : null;
    }

    @Override
    public Map<String, Object> attributes() {
        return PyValues.dict("generated_ids", generatedIds, "user_count", userCount, "user_map", userMap, "inbox", inbox,
            "message_count", messageCount, "current_user", currentUser);
    }

    /** {@code _generate_id}: draws in [10000, 99999] until unused (every draw advances the stream). */
    long generateId() {
        long id = random.randint(10000, 99999);
        while (generatedIds.contains(id)) {
            id = random.randint(10000, 99999);
        }
        generatedIds.add(id);
        return id;
    }

    private static Map<?, ?> scenario(String json) {
        Object value = PyValues.fromJson(json);
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("MessageAPI scenario must be a JSON object: " + json);
        }
        return map;
    }

    private static long integer(Map<?, ?> scenario, String key, long fallback) {
        if (!scenario.containsKey(key)) {
            return fallback;
        }
        if (scenario.get(key) instanceof Long value) {
            return value;
        }
        throw new IllegalArgumentException("MessageAPI scenario: " + key + " must be an integer");
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> map(Map<?, ?> scenario, String key, Map<Object, Object> fallback) {
        if (!scenario.containsKey(key)) {
            return fallback;
        }
        if (scenario.get(key) instanceof Map<?, ?> value) {
            return (Map<Object, Object>) PyValues.deepCopy(value);
        }
        throw new IllegalArgumentException("MessageAPI scenario: " + key + " must be an object");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Map<?, ?> scenario, String key, List<Object> fallback) {
        if (!scenario.containsKey(key)) {
            return fallback;
        }
        if (scenario.get(key) instanceof List<?> value) {
            return (List<Object>) PyValues.deepCopy(value);
        }
        throw new IllegalArgumentException("MessageAPI scenario: " + key + " must be an array");
    }

    /** JSON has no sets: a list (or the {@code {"__set__": [...]}} form of the BFCL tables) becomes the id set. */
    private static Set<Object> idSet(Object value) {
        if (value instanceof Map<?, ?> m && m.get("__set__") instanceof Collection<?> items) {
            return new LinkedHashSet<>(items);
        }
        if (value instanceof Collection<?> items) {
            return new LinkedHashSet<>(items);
        }
        throw new IllegalArgumentException("MessageAPI scenario: generated_ids must be an array");
    }
}
