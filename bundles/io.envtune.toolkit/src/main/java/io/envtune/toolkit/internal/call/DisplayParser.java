package io.envtune.toolkit.internal.call;

import io.envtune.toolkit.internal.call.CallToken.Kind;
import io.envtune.toolkit.internal.python.PyEquality;
import io.envtune.toolkit.internal.python.PyOps;
import io.envtune.toolkit.internal.python.PyTypes;
import io.envtune.toolkit.value.PyException;
import io.envtune.toolkit.value.PyTuple;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bracketed syntax: tuples, lists, dicts and sets, subscripts, and CPython's diagnoses of a missing comma and of
 * {@code x=value} inside brackets.
 */
abstract class DisplayParser extends ExprParser {

    private static final String COMMA = "invalid syntax. Perhaps you forgot a comma?";

    DisplayParser(CallLexer.Lexed lexed) {
        super(lexed);
    }

    @Override
    Object subscript() {
        int start = index;
        Object key = expr();
        if (!accept("]")) {
            throw missingComma(start);
        }
        return key;
    }

    @Override
    Object display(String open) {
        if (open.equals("{")) {
            return braces();
        }
        String close = open.equals("(") ? ")" : "]";
        List<Object> items = new ArrayList<>();
        boolean comma = false;
        while (!accept(close)) {
            int start = index;
            items.add(expr());
            if (peek().isOp("=")) {
                throw assignmentError(start);
            }
            comma = accept(",");
            if (!comma && !peek().isOp(close)) {
                throw missingComma(start);
            }
        }
        if (open.equals("[")) {
            return items.contains(POISON) ? POISON : items;
        } else if (items.size() == 1 && !comma) {
            return items.get(0);
        }
        return items.contains(POISON) ? POISON : new PyTuple(items);
    }

    private Object braces() {
        if (accept("}")) {
            return new LinkedHashMap<>();
        }
        int start = index;
        Object first = expr();
        if (peek().isOp(":")) {
            return dict(start, first);
        } else if (peek().isOp("=")) {
            throw assignmentError(start);
        }
        Set<Object> set = new LinkedHashSet<>();
        boolean failed = !addHashable(set, first);
        while (accept(",") && !peek().isOp("}")) {
            start = index;
            failed |= !addHashable(set, expr());
            if (peek().isOp("=")) {
                throw assignmentError(start);
            }
        }
        if (!accept("}")) {
            throw missingComma(start);
        }
        return failed ? POISON : set;
    }

    private Object dict(int start, Object firstKey) {
        Map<Object, Object> map = new LinkedHashMap<>();
        boolean failed = false;
        Object key = firstKey;
        while (true) {
            next();
            if (peek().isOp(",") || peek().isOp("}")) {
                throw SourceChars.error("expression expected after dictionary key and ':'", peek().line());
            }
            Object value = expr();
            failed |= !putHashable(map, key, value);
            if (!accept(",") && !peek().isOp("}")) {
                throw missingComma(start);
            }
            if (accept("}")) {
                return failed ? POISON : map;
            }
            start = index;
            key = expr();
            if (!peek().isOp(":")) {
                throw SourceChars.error("':' expected after dictionary key", tokenLine(start));
            }
        }
    }

    private boolean addHashable(Set<Object> set, Object item) {
        if (item == POISON || !hashable(item)) {
            return false;
        }
        set.add(sameKey(set, item));
        return true;
    }

    private boolean putHashable(Map<Object, Object> map, Object key, Object value) {
        if (key == POISON || value == POISON || !hashable(key)) {
            return false;
        }
        map.put(sameKey(map.keySet(), key), value);
        return true;
    }

    private boolean hashable(Object v) {
        if (v instanceof List || v instanceof Map || v instanceof Set) {
            fail(PyOps.typeError("unhashable type: '" + PyTypes.typeName(v) + "'"));
            return false;
        }
        return true;
    }

    /** The key already present that Python considers equal ({@code 1}, {@code 1.0} and {@code True} are one key). */
    private static Object sameKey(Collection<Object> keys, Object key) {
        if (PyTypes.isNumber(key)) {
            for (Object k : keys) {
                if (PyTypes.isNumber(k) && PyEquality.eq(k, key)) {
                    return k;
                }
            }
        }
        return key;
    }

    /**
     * CPython's diagnosis of {@code x=value} inside brackets, where no keyword argument is allowed; it needs the value
     * and the token after it, so running into the end of input reports the unclosed bracket instead.
     */
    private PyException assignmentError(int start) {
        CallToken first = tokenAt(start);
        int width = index - start;
        String message;
        if (width == 1 && first.kind() == Kind.NAME && !KEYWORDS.contains(first.text())) {
            message = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
        } else if ((width == 1 && first.kind() == Kind.NUMBER) || onlyStrings(start)) {
            message = "cannot assign to literal here. Maybe you meant '==' instead of '='?";
        } else if (width == 3 && first.kind() == Kind.NAME && tokenAt(start + 1).isOp(".")) {
            message = "cannot assign to attribute here. Maybe you meant '==' instead of '='?";
        } else {
            return invalidSyntax(peek());
        }
        index++;
        if (!startsExpression(peek())) {
            return invalidSyntax(peek());
        }
        if (!probe(this::expr)) {
            return invalidSyntax(peek());
        }
        return peek().isOp("=") || peek().isOp(":=") ? invalidSyntax(peek()) : SourceChars.error(message, first.line());
    }

    private boolean onlyStrings(int start) {
        for (int i = start; i < index; i++) {
            if (tokenAt(i).kind() != Kind.STRING) {
                return false;
            }
        }
        return true;
    }

    /**
     * The error after an item that is not followed by a comma or the closing bracket: CPython says
     * {@code Perhaps you forgot a comma?} when another expression follows inside brackets (but not a string after a
     * bare name), else {@code invalid syntax} at the offending token.
     */
    PyException missingComma(int itemStart) {
        CallToken t = peek();
        CallToken first = tokenAt(itemStart);
        boolean nameThenString = index - itemStart == 1 && first.kind() == Kind.NAME
                && !KEYWORDS.contains(first.text()) && t.kind() == Kind.STRING;
        if (!startsExpression(t)) {
            return invalidSyntax(t);
        } else if (nameThenString) {
            // No comma diagnosis here, but reading the string still looks one token further.
            probe(this::expr, false);
            return invalidSyntax(t);
        } else if (!probe(this::expr, false)) {
            return invalidSyntax(t);
        }
        return previous().level() > 0 ? SourceChars.error(COMMA, first.line()) : invalidSyntax(t);
    }

    static boolean isMissingComma(PyException e) {
        return e.getMessage().startsWith(COMMA);
    }

    int tokenLine(int i) {
        return tokenAt(i).line();
    }
}
