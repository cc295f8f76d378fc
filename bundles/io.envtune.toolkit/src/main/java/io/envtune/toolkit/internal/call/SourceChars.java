package io.envtune.toolkit.internal.call;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.value.PyException;

/**
 * The character classes of Python's tokenizer and its {@code SyntaxError} text, shared by the lexer and the literal
 * scanners below it, so that none of them calls back into {@link CallLexer}.
 */
final class SourceChars {

    private SourceChars() {
    }

    /**
     * @param message CPython's message
     * @param line the 1-based line
     * @return {@code SyntaxError: message (<string>, line N)}
     */
    static PyException error(String message, int line) {
        return new PyException(message + " (<string>, line " + line + ")", FailureKind.SYNTAX_ERROR,
                null);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'
                || (c >= 0x80 && Character.isUnicodeIdentifierStart(c));
    }

    static boolean isNamePart(char c) {
        return isNameStart(c) || isDigit(c) || (c >= 0x80 && Character.isUnicodeIdentifierPart(c)
                && !Character.isIdentifierIgnorable(c));
    }
}
