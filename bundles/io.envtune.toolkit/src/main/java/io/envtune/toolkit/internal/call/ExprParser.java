package io.envtune.toolkit.internal.call;

import io.envtune.toolkit.internal.call.CallToken.Kind;
import io.envtune.toolkit.internal.python.PyEllipsis;
import io.envtune.toolkit.internal.python.PyOps;
import io.envtune.toolkit.internal.python.PyTypes;
import io.envtune.toolkit.value.PyException;
import java.util.Set;

/**
 * Python expressions of the literal-and-arithmetic subset, evaluated while parsed: numbers, strings, True/False/None,
 * Ellipsis, lists, tuples, dicts, sets, unary and binary arithmetic. Names evaluate to CPython's NameError; calls,
 * subscripts and attributes on values are parsed but not evaluated. Displays and call arguments are in
 * {@link DisplayParser}.
 */
abstract class ExprParser extends TokenCursor {

    static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
            "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
            "with", "yield");

    ExprParser(CallLexer.Lexed lexed) {
        super(lexed);
    }

    /** Parses call arguments after the opening parenthesis, through the closing one. */
    abstract Arguments arguments();

    /** Parses a subscript after the opening bracket, through the closing one. */
    abstract Object subscript();

    /** Parses a parenthesised expression, tuple, list, dict or set after its opening bracket. */
    abstract Object display(String open);

    /** An expression: {@code term (('+'|'-') term)*}. */
    Object expr() {
        Object left = term();
        while (peek().isOp("+") || peek().isOp("-")) {
            boolean plus = next().text().equals("+");
            Object right = term();
            Object l = left;
            left = evaluate(() -> plus ? PyOps.add(l, right) : PyOps.sub(l, right), l, right);
        }
        return left;
    }

    private Object term() {
        Object left = factor();
        while (true) {
            CallToken t = peek();
            String op = t.kind() == Kind.OP ? t.text() : "";
            if (!op.equals("*") && !op.equals("/") && !op.equals("//") && !op.equals("%") && !op.equals("@")) {
                return left;
            }
            index++;
            Object right = factor();
            Object l = left;
            left = evaluate(() -> binary(op, l, right), l, right);
        }
    }

    private static Object binary(String op, Object a, Object b) {
        return switch (op) {
            case "*" -> PyOps.mul(a, b);
            case "/" -> PyOps.truediv(a, b);
            case "//" -> PyOps.floordiv(a, b);
            case "%" -> PyOps.mod(a, b);
            default -> throw PyOps.typeError("unsupported operand type(s) for @: '" + PyTypes.typeName(a)
                    + "' and '" + PyTypes.typeName(b) + "'");
        };
    }

    private Object factor() {
        CallToken t = peek();
        if (t.isOp("-") || t.isOp("+") || t.isOp("~")) {
            index++;
            enter();
            Object v = factor();
            leave();
            String op = t.text();
            return evaluate(() -> op.equals("-") ? PyOps.neg(v) : op.equals("+") ? PyOps.pos(v) : PyOps.invert(v), v);
        }
        Object base = primary();
        if (accept("**")) {
            enter();
            Object exponent = factor();
            leave();
            return evaluate(() -> PyOps.pow(base, exponent), base, exponent);
        }
        return base;
    }

    /** An atom followed by call, subscript and attribute trailers (parsed, not evaluated). */
    private Object primary() {
        Object value = atom();
        while (true) {
            CallToken t = peek();
            if (t.isOp("(")) {
                index++;
                Arguments args = arguments();
                value = args.anyFailed() ? POISON : notSupported(value, "object is not callable");
            } else if (t.isOp("[")) {
                index++;
                Object key = subscript();
                value = key == POISON ? POISON : notSupported(value, "object is not subscriptable");
            } else if (t.isOp(".")) {
                index++;
                CallToken name = next();
                if (name.kind() != Kind.NAME || KEYWORDS.contains(name.text())) {
                    throw invalidSyntax(name);
                }
                value = notSupported(value, "object has no attribute '" + name.text() + "'");
            } else {
                return value;
            }
        }
    }

    private Object notSupported(Object value, String what) {
        return value == POISON ? POISON : fail(runtimeError("'" + PyTypes.typeName(value) + "' " + what));
    }

    private Object atom() {
        CallToken t = peek();
        switch (t.kind()) {
            case NUMBER:
                index++;
                return t.value();
            case STRING:
                return StringLiterals.concat(this);
            case NAME:
                index++;
                return name(t);
            case OP:
                return bracketed(t);
            default:
                throw invalidSyntax(t);
        }
    }

    private Object name(CallToken t) {
        switch (t.text()) {
            case "True":
                return Boolean.TRUE;
            case "False":
                return Boolean.FALSE;
            case "None":
                return null;
            default:
                if (KEYWORDS.contains(t.text())) {
                    throw invalidSyntax(t);
                }
                return fail(nameError(t.text()));
        }
    }

    private Object bracketed(CallToken t) {
        if (t.isOp("...")) {
            index++;
            return PyEllipsis.INSTANCE;
        }
        if (!t.isOp("(") && !t.isOp("[") && !t.isOp("{")) {
            throw invalidSyntax(t);
        }
        index++;
        enter();
        Object v = display(t.text());
        leave();
        return v;
    }

    /** @return whether a token can begin an expression (for the missing-comma diagnosis) */
    static boolean startsExpression(CallToken t) {
        return switch (t.kind()) {
            case NUMBER, STRING -> true;
            case NAME -> !KEYWORDS.contains(t.text()) || t.text().equals("True") || t.text().equals("False")
                    || t.text().equals("None");
            case OP -> t.text().equals("(") || t.text().equals("[") || t.text().equals("{") || t.text().equals("-")
                    || t.text().equals("+") || t.text().equals("~") || t.text().equals("...");
            default -> false;
        };
    }

    static PyException nameError(String name) {
        return runtimeError("name '" + name + "' is not defined");
    }
}
