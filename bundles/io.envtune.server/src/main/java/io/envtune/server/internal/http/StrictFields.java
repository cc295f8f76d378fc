package io.envtune.server.internal.http;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks a request object against the record it decodes into, before Gson maps it (Gson ignores unknown fields,
 * narrows {@code 4294967297} to the int {@code 1} and truncates {@code 2.7} to {@code 2}): every field must be a
 * component of the record, integers must be whole numbers inside their Java type, decimals finite numbers, strings
 * strings and booleans booleans. Errors are ours, one line naming the field; never Gson's text.
 */
final class StrictFields {

    private StrictFields() {
    }

    /**
     * @param json the request object
     * @param type the record it decodes into
     * @param alsoKnown fields the route reads itself (e.g. {@code task}), reported as known
     * @throws io.envtune.server.internal.core.ServiceError 400 naming the first bad field
     */
    static void check(JsonObject json, Class<?> type, Set<String> alsoKnown) {
        RecordComponent[] components = type.getRecordComponents();
        List<String> known = new ArrayList<>();
        for (RecordComponent c : components) {
            known.add(c.getName());
        }
        known.addAll(alsoKnown);
        for (String key : json.keySet()) {
            if (!known.contains(key)) {
                throw Json.bad("unknown field '" + key + "'; known fields: " + String.join(", ", known));
            }
        }
        for (RecordComponent c : components) {
            JsonElement value = json.get(c.getName());
            if (value != null && !value.isJsonNull()) {
                checkValue(c.getName(), c.getType(), value);
            }
        }
    }

    private static void checkValue(String name, Class<?> type, JsonElement value) {
        if (type == String.class) {
            require(isString(value), name + " must be a string");
        } else if (type == Boolean.class || type == boolean.class) {
            require(value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean(), name + " must be true or false");
        } else if (type == Integer.class || type == int.class) {
            whole(name, value, Integer.MIN_VALUE, Integer.MAX_VALUE);
        } else if (type == Long.class || type == long.class) {
            whole(name, value, Long.MIN_VALUE, Long.MAX_VALUE);
        } else if (type == Double.class || type == double.class) {
            require(isNumber(value), name + " must be a number");
        }
    }

    private static void whole(String name, JsonElement value, long min, long max) {
        require(isNumber(value), name + " must be a whole number");
        BigDecimal number;
        try {
            number = new BigDecimal(value.getAsString());
        } catch (NumberFormatException e) {
            throw Json.bad(name + " must be a whole number");
        }
        require(number.stripTrailingZeros().scale() <= 0, name + " must be a whole number, was " + value.getAsString());
        require(number.compareTo(BigDecimal.valueOf(min)) >= 0 && number.compareTo(BigDecimal.valueOf(max)) <= 0,
            name + " is out of range, was " + value.getAsString());
    }

    private static boolean isString(JsonElement value) {
        return value.isJsonPrimitive() && value.getAsJsonPrimitive().isString();
    }

    private static boolean isNumber(JsonElement value) {
        return value.isJsonPrimitive() && ((JsonPrimitive) value).isNumber();
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw Json.bad(message);
        }
    }
}
