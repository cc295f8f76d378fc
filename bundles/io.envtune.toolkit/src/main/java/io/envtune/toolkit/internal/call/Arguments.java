package io.envtune.toolkit.internal.call;

import java.util.List;

/**
 * The parsed arguments of one call, in source order.
 *
 * @param items the arguments
 */
record Arguments(List<Arg> items) {

    /** Argument forms. */
    enum Form {
        /** {@code value} */
        POSITIONAL,
        /** {@code *value} */
        STAR,
        /** {@code name=value} */
        KEYWORD,
        /** {@code **value} */
        DOUBLE_STAR
    }

    /**
     * One argument.
     *
     * @param form its form
     * @param name the keyword, or null
     * @param value the evaluated value ({@link TokenCursor#POISON} when evaluation failed)
     */
    record Arg(Form form, String name, Object value) {
    }

    boolean anyFailed() {
        for (Arg a : items) {
            if (a.value() == TokenCursor.POISON) {
                return true;
            }
        }
        return false;
    }
}
