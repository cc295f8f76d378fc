package io.envtune.env.posting.internal;

import java.util.List;
import java.util.Map;

/**
 * Reads the blocks of a scenario like {@code scenario.get(key, default)}, rejecting containers of the wrong shape
 * up front (the reference would only fail later, on first use) so a malformed scenario fails at creation.
 */
final class Scenario {

    private Scenario() {
    }

    /** The scenario itself must be a JSON object. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object value, String what) {
        if (value instanceof Map) {
            return (Map<String, Object>) value;
        }
        throw new IllegalArgumentException(what + " must be a JSON object");
    }

    /** A dict-valued key, or the default when the key is missing. */
    @SuppressWarnings("unchecked")
    static Map<Object, Object> dict(Map<String, Object> scenario, String key, Map<Object, Object> fallback) {
        if (!scenario.containsKey(key)) {
            return fallback;
        }
        Object value = scenario.get(key);
        if (value instanceof Map) {
            return (Map<Object, Object>) value;
        }
        throw new IllegalArgumentException("scenario key " + key + " must be a JSON object");
    }

    /** A list-valued key, or the default when the key is missing. */
    @SuppressWarnings("unchecked")
    static List<Object> list(Map<String, Object> scenario, String key, List<Object> fallback) {
        if (!scenario.containsKey(key)) {
            return fallback;
        }
        Object value = scenario.get(key);
        if (value instanceof List) {
            return (List<Object>) value;
        }
        throw new IllegalArgumentException("scenario key " + key + " must be a JSON array");
    }
}
