package io.envtune.toolkit.internal.call;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.internal.call.CallToken.Kind;
import io.envtune.toolkit.value.PyException;
import java.util.List;
import java.util.function.Supplier;

/**
 * Token access and evaluation bookkeeping for the call parser: looking at the end of input inside open brackets
 * raises CPython's {@code '(' was never closed}; evaluation errors are deferred (the first one wins, as in Python's
 * left-to-right evaluation) because syntax errors anywhere take precedence over them.
 */
abstract class TokenCursor {

    /** Stands for a value whose evaluation already failed. */
    static final Object POISON = new Object();
    /** Deeper recursion than this fails like CPython's compiler does. */
    private static final int MAX_DEPTH = 1000;

    private final CallLexer.Lexed lexed;
    /** Bounds what the argument expressions may build (a few characters can ask for gigabytes). */
    private final EvalBudget budget = new EvalBudget();
    private final List<CallToken> tokens;
    int index;
    private int depth;
    PyException deferred;
    /** The last generic "invalid syntax" created: a probe that fails with it did not match. */
    private PyException generic;
    /** Whether the parser ran into a tokenizer error CPython raises only when the parser reaches it. */
    boolean lazyTokenizerError;
    String repeatedKeyword;
    int repeatedKeywordLine;

    TokenCursor(CallLexer.Lexed lexed) {
        this.lexed = lexed;
        this.tokens = lexed.tokens();
    }

    CallToken peek() {
        return at(index);
    }

    CallToken peek(int ahead) {
        return at(Math.min(index + ahead, tokens.size() - 1));
    }

    private CallToken at(int i) {
        CallToken t = tokens.get(i);
        if (t.kind() == Kind.ERROR) {
            lazyTokenizerError = true;
            throw (PyException) t.value();
        }
        if (t.kind() == Kind.END && lexed.unclosed() != 0) {
            lazyTokenizerError = true;
            throw SourceChars.error("'" + lexed.unclosed() + "' was never closed", lexed.unclosedLine());
        }
        return t;
    }

    CallToken next() {
        CallToken t = peek();
        index++;
        return t;
    }

    CallToken previous() {
        return tokens.get(index - 1);
    }

    CallToken tokenAt(int i) {
        return tokens.get(i);
    }

    boolean accept(String op) {
        if (peek().isOp(op)) {
            index++;
            return true;
        }
        return false;
    }

    void enter() {
        if (++depth > MAX_DEPTH) {
            throw new PyException("maximum recursion depth exceeded during compilation", FailureKind.SYNTAX_ERROR,
                    null);
        }
    }

    void leave() {
        depth--;
    }

    /** The generic error at a token ({@code unexpected indent} at an INDENT). */
    PyException invalidSyntax(CallToken at) {
        if (at.kind() == Kind.INDENT) {
            return SourceChars.error("unexpected indent", at.line());
        }
        generic = SourceChars.error("invalid syntax", at.line());
        return generic;
    }

    /**
     * Tries a piece of grammar the way CPython's error-reporting rules do: tokenizer errors met on the way propagate,
     * a generic failure only means the rule did not match. Specific parser errors propagate too, unless the rule runs
     * with CPython's error rules switched off ({@code expression_without_invalid}). Deferred evaluation errors are
     * kept as they were.
     *
     * @param rule the grammar to try
     * @param errorRules whether specific parser errors inside propagate
     * @return true when it parsed
     */
    boolean probe(Runnable rule, boolean errorRules) {
        PyException pending = deferred;
        try {
            rule.run();
            return true;
        } catch (PyException e) {
            boolean tokenizer = lazyTokenizerError || e.getMessage().startsWith("(unicode error)");
            if (tokenizer || (errorRules && e != generic)) {
                throw e;
            }
            return false;
        } finally {
            deferred = pending;
        }
    }

    boolean probe(Runnable rule) {
        return probe(rule, true);
    }

    boolean isGeneric(PyException e) {
        return e == generic;
    }

    /**
     * Evaluates unless an operand already failed; a raised PyException becomes the deferred error, and so does a
     * result that takes the parse past its {@link EvalBudget}.
     */
    Object evaluate(Supplier<Object> operation, Object... operands) {
        for (Object o : operands) {
            if (o == POISON) {
                return POISON;
            }
        }
        try {
            Object result = operation.get();
            budget.charge(result);
            return result;
        } catch (PyException e) {
            return fail(e);
        }
    }

    Object fail(PyException e) {
        if (deferred == null) {
            deferred = e;
        }
        return POISON;
    }

    void noteRepeatedKeyword(String name, int line) {
        if (repeatedKeyword == null) {
            repeatedKeyword = name;
            repeatedKeywordLine = line;
        }
    }

    static PyException runtimeError(String message) {
        return new PyException(message, FailureKind.SYNTAX_ERROR, null);
    }
}
