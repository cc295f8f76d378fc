package io.envtune.server.internal.http;

import java.util.Arrays;
import java.util.Locale;

/** Parses enum names from request fields, case-insensitively, with the allowed values in the error. */
final class Enums {

    private Enums() {
    }

    /**
     * @param type the enum
     * @param value the field value, or null
     * @param field the field name, for the error
     * @param <E> the enum type
     * @return the constant, or null when the value is null
     */
    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Json.bad(field + " must be one of " + Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT)).toList() + ", was '" + value + "'");
        }
    }
}
