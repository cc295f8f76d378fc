package io.envtune.toolkit.internal.call;

import io.envtune.api.FailureKind;
import io.envtune.api.ToolCall;
import io.envtune.toolkit.internal.call.Arguments.Arg;
import io.envtune.toolkit.internal.call.CallToken.Kind;
import io.envtune.toolkit.internal.python.PyOps;
import io.envtune.toolkit.internal.python.PyRepr;
import io.envtune.toolkit.internal.python.PyStrings;
import io.envtune.toolkit.internal.python.PyTypes;
import io.envtune.toolkit.value.PyException;
import io.envtune.toolkit.value.PyTuple;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses one call in Python call syntax ({@code sort('final_report.pdf')}, {@code mv(source='a', destination="b")})
 * without evaluating anything but literals: strings with escapes and prefixes, ints (any size, hex/octal/binary),
 * floats, complex literals, True/False/None, Ellipsis, lists, dicts, tuples, sets, unary and binary arithmetic
 * ({@code 1/3}), positional, keyword, {@code *} and {@code **} arguments. Syntax errors carry the text CPython 3.11's
 * {@code eval} prints ({@code invalid syntax (<string>, line 1)}, {@code '(' was never closed (<string>, line 1)},
 * {@code keyword argument repeated: a (<string>, line 1)}, …). Names other than the callee evaluate to
 * {@code name 'x' is not defined}; nested calls, subscripts, attributes, comparisons and boolean operators are not
 * evaluated. Bounded: deep nesting and huge inputs fail cleanly, never with a StackOverflowError.
 */
public final class CallParser {

    private CallParser() {
    }

    /**
     * @param text one call
     * @return the parsed call
     * @throws PyException with kind {@link FailureKind#SYNTAX_ERROR} for syntax errors and for inputs that are not one
     *         call of a plain name, or the first evaluation error of an argument ({@code name 'x' is not defined},
     *         a TypeError of an operator, …)
     */
    public static ToolCall parse(String text) {
        ParsedCall parsed = parseFull(text);
        if (!parsed.isCall()) {
            throw parsed.deferred() != null ? parsed.deferred()
                    : new PyException("not a function call: " + PyRepr.repr(text), FailureKind.SYNTAX_ERROR, null);
        } else if (parsed.dotted()) {
            throw ExprParser.nameError(parsed.rootName());
        } else if (parsed.deferred() != null) {
            throw parsed.deferred();
        }
        return new ToolCall(parsed.callee(), parsed.args(), parsed.kwargs());
    }

    /**
     * Parses an eval input completely: syntax errors are thrown, evaluation errors are deferred into the result.
     *
     * @param text the input
     * @return the call (or expression) with its first evaluation error
     */
    public static ParsedCall parseFull(String text) {
        CallLexer.Lexed lexed = CallLexer.lex(text);
        if (lexed.tokens().get(0).kind() == Kind.END) {
            int line = PyStrings.strip(text).isEmpty() && text.indexOf('\n') < 0 && text.indexOf('#') < 0
                    ? 0 : Math.max(1, lexed.lastLine() - 1);
            throw SourceChars.error("invalid syntax", line);
        }
        ArgumentParser parser = new ArgumentParser(lexed);
        ParsedCall call;
        try {
            call = simpleCall(parser);
            if (call == null) {
                parser = new ArgumentParser(lexed);
                Object value = parser.expr();
                finish(parser);
                call = new ParsedCall(null, null, null, value, parser.deferred);
            }
        } catch (PyException e) {
            throw unclosedFirst(e, parser, lexed);
        }
        if (parser.repeatedKeyword != null) {
            throw SourceChars.error("keyword argument repeated: " + parser.repeatedKeyword, parser.repeatedKeywordLine);
        }
        return call;
    }

    /** {@code name(.name)*(args)} followed by the end of input, or null for any other shape. */
    private static ParsedCall simpleCall(ArgumentParser p) {
        StringBuilder callee = new StringBuilder();
        while (true) {
            CallToken t = p.peek();
            if (t.kind() != Kind.NAME || ExprParser.KEYWORDS.contains(t.text())) {
                return null;
            }
            callee.append(t.text());
            p.index++;
            if (p.accept("(")) {
                break;
            } else if (!p.accept(".")) {
                return null;
            }
            callee.append('.');
        }
        Arguments arguments = p.arguments();
        CallToken after = p.peek();
        if (after.kind() != Kind.NEWLINE && after.kind() != Kind.END) {
            return null;
        }
        finish(p);
        return bind(p, callee.toString(), arguments);
    }

    private static void finish(ArgumentParser p) {
        boolean newline = false;
        while (p.peek().kind() == Kind.NEWLINE) {
            p.index++;
            newline = true;
        }
        if (p.peek().kind() != Kind.END) {
            throw newline ? p.invalidSyntax(p.peek()) : p.missingComma(0);
        }
    }

    /**
     * CPython's last tokenizer pass: a generic syntax error on a line after the innermost bracket that is never closed
     * is reported as that bracket instead.
     */
    private static PyException unclosedFirst(PyException e, ArgumentParser parser, CallLexer.Lexed lexed) {
        String m = e.getMessage();
        int at = m.lastIndexOf("(<string>, line ");
        if (lexed.unclosed() == 0 || parser.lazyTokenizerError || at < 0 || !parser.isGeneric(e)) {
            return e;
        }
        int line = Integer.parseInt(m.substring(at + 16, m.length() - 1));
        return line > lexed.unclosedLine()
                ? SourceChars.error("'" + lexed.unclosed() + "' was never closed", lexed.unclosedLine()) : e;
    }

    /** Expands {@code *} and {@code **} arguments after all of them were evaluated, as CPython's call does. */
    private static ParsedCall bind(ArgumentParser p, String callee, Arguments arguments) {
        List<Object> args = new ArrayList<>();
        Map<String, Object> kwargs = new LinkedHashMap<>();
        if (p.deferred == null) {
            try {
                for (Arg a : arguments.items()) {
                    expand(callee, a, args, kwargs);
                }
            } catch (PyException e) {
                p.fail(e);
            }
        }
        return new ParsedCall(callee, args, kwargs, null, p.deferred);
    }

    private static void expand(String callee, Arg a, List<Object> args, Map<String, Object> kwargs) {
        switch (a.form()) {
            case POSITIONAL -> args.add(a.value());
            case KEYWORD -> {
                if (kwargs.containsKey(a.name())) {
                    throw PyOps.typeError(callee + "() got multiple values for keyword argument '" + a.name() + "'");
                }
                kwargs.put(a.name(), a.value());
            }
            case STAR -> args.addAll(iterable(callee, a.value()));
            default -> mapping(callee, a.value(), kwargs);
        }
    }

    private static Collection<?> iterable(String callee, Object v) {
        if (v instanceof List<?> l) {
            return l;
        } else if (v instanceof PyTuple t) {
            return t.items();
        } else if (v instanceof Collection<?> c) {
            return c;
        } else if (v instanceof Map<?, ?> m) {
            return m.keySet();
        } else if (v instanceof String s) {
            List<Object> chars = new ArrayList<>();
            s.codePoints().forEach(cp -> chars.add(new String(Character.toChars(cp))));
            return chars;
        }
        throw PyOps.typeError(callee + "() argument after * must be an iterable, not " + PyTypes.typeName(v));
    }

    private static void mapping(String callee, Object v, Map<String, Object> kwargs) {
        if (!(v instanceof Map<?, ?> m)) {
            throw PyOps.typeError(callee + "() argument after ** must be a mapping, not " + PyTypes.typeName(v));
        }
        for (Map.Entry<?, ?> e : m.entrySet()) {
            if (!(e.getKey() instanceof String key)) {
                throw PyOps.typeError("keywords must be strings");
            } else if (kwargs.containsKey(key)) {
                throw PyOps.typeError(callee + "() got multiple values for keyword argument '" + key + "'");
            }
            kwargs.put(key, e.getValue());
        }
    }
}
