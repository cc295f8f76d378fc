package io.envtune.toolkit;

import io.envtune.api.ToolCall;

/**
 * Parses one call in Python call syntax ({@code sort('final_report.pdf')}, {@code mv(source='a', destination="b")})
 * without evaluating anything: literal arguments only (strings with escapes, ints, floats, True/False/None, lists,
 * dicts, tuples, unary minus), positional and keyword. Anything else fails with the text CPython's {@code eval} would
 * print for the common cases ({@code invalid syntax (<string>, line 1)}, {@code '(' was never closed (<string>, line 1)}).
 * Bounded: deep nesting and huge inputs fail cleanly, never with a StackOverflowError.
 */
public final class CallParser {

    private CallParser() {
    }

    /**
     * @param text one call
     * @return the parsed call
     * @throws PyException with kind {@link io.envtune.api.FailureKind#SYNTAX_ERROR}
     */
    public static ToolCall parse(String text) {
        throw new UnsupportedOperationException("toolkit: not implemented yet");
    }
}
