package io.envtune.env.example.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.BoundArgs;
import io.envtune.toolkit.DomainState;
import io.envtune.toolkit.Failed;
import io.envtune.toolkit.PyText;
import io.envtune.toolkit.PyValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/** The state of one KeyValueStore episode: an insertion-ordered dict, and the three tool bodies. */
final class KeyValueState implements DomainState {

    private final Map<Object, Object> store = new LinkedHashMap<>();

    /**
     * @param scenarioJson {@code {"store": {...}}} or {@code {}}
     */
    KeyValueState(String scenarioJson) {
        Object scenario = PyValues.fromJson(scenarioJson);
        if (!(scenario instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("KeyValueStore scenario must be a JSON object: " + scenarioJson);
        }
        if (map.get("store") instanceof Map<?, ?> initial) {
            store.putAll((Map<?, ?>) PyValues.deepCopy(initial));
        }
    }

    @Override
    public Map<String, Object> attributes() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("store", store);
        return out;
    }

    Object put(BoundArgs args) {
        Object previous = store.put(args.get("key"), args.get("value"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("key", args.get("key"));
        out.put("previous", previous);
        return out;
    }

    Object get(BoundArgs args) {
        Object key = args.get("key");
        Map<String, Object> out = new LinkedHashMap<>();
        if (!store.containsKey(key)) {
            out.put("error", "No such key: " + PyText.repr(key));
            return new Failed(out, FailureKind.NOT_FOUND, "key", String.valueOf(key));
        }
        out.put("key", key);
        out.put("value", store.get(key));
        return out;
    }

    Object keys(BoundArgs args) {
        return new ArrayList<>(store.keySet());
    }
}
