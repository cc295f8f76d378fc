package io.envtune.toolkit.internal.call;

import io.envtune.toolkit.internal.call.CallToken.Kind;

/**
 * Where the tokenizer stands in its input, and where tokens go: what the literal scanners ({@link LiteralScanner})
 * read and advance. The lexer is one; keeping the scanners to this narrow view means they never call the lexer back.
 * Confined to one thread, like the lexer.
 */
abstract class SourceCursor {

    /** The input. */
    final String src;
    /** The next character's index in {@code src}. */
    int pos;
    /** The 1-based line of {@code pos}. */
    int line = 1;

    SourceCursor(String src) {
        this.src = src;
    }

    /**
     * Adds a token on the current line.
     *
     * @param kind the token kind
     * @param text its source text
     * @param value its literal value, or null
     */
    abstract void add(Kind kind, String text, Object value);

    /**
     * Adds a token that started on an earlier line (a string spanning lines).
     *
     * @param kind the token kind
     * @param text its source text
     * @param value its literal value, or null
     * @param startLine the line it started on
     */
    abstract void add(Kind kind, String text, Object value, int startLine);
}
