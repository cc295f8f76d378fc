package io.envtune.toolkit.internal.call;

/**
 * One token of a Python call text.
 *
 * @param kind the token kind
 * @param text the operator or name text; for a string, its prefix letters
 * @param value a number's value, or a string literal's raw body (escapes not yet decoded)
 * @param line the 1-based line where the token starts
 * @param level the bracket depth after the token, as CPython's tokenizer counts it
 */
record CallToken(Kind kind, String text, Object value, int line, int level) {

    /** Token kinds. */
    enum Kind {
        /** An identifier or keyword. */
        NAME,
        /** A number literal, value already computed. */
        NUMBER,
        /** A string literal, value = raw body. */
        STRING,
        /** An operator or bracket. */
        OP,
        /** The end of a logical line at bracket depth 0. */
        NEWLINE,
        /** Indentation at the start of a later line (always an error in eval input). */
        INDENT,
        /** A tokenizer error CPython reports only when the parser reaches it; value = the exception. */
        ERROR,
        /** The end of the input. */
        END
    }

    boolean isOp(String op) {
        return kind == Kind.OP && text.equals(op);
    }
}
