package io.envtune.policy.djl.internal;

/**
 * The generic JSON value part of the response grammar (argument values): strings with escapes, numbers, literals,
 * and nested arrays and objects up to a depth limit. Works on {@link GrammarState}'s value fields; when the
 * outermost value ends, control returns to the argument list ({@code ARGS_NEXT}).
 */
final class JsonValueStep {

    static final int V_START = 0;
    static final int V_STR = 1;
    static final int V_ESC = 2;
    static final int V_HEX1 = 3;
    static final int V_HEX4 = 6;
    static final int V_MINUS = 7;
    static final int V_ZERO = 8;
    static final int V_INT = 9;
    static final int V_FRAC0 = 10;
    static final int V_FRAC = 11;
    static final int V_EXP0 = 12;
    static final int V_EXPS = 13;
    static final int V_EXP = 14;
    static final int V_WORD = 15;
    static final int V_ARR_FIRST = 16;
    static final int V_ARR_NEXT = 17;
    static final int V_OBJ_FIRST = 18;
    static final int V_KEY = 19;
    static final int V_OBJ_COLON = 20;
    static final int V_OBJ_NEXT = 21;
    static final int V_OBJ_KEYQ = 22;
    static final int V_KEY_ESC = 23;

    private static final byte ARRAY = 1;
    private static final byte OBJECT = 2;

    private JsonValueStep() {
    }

    /** Enters the value machine after an argument's colon. */
    static boolean begin(GrammarState s) {
        s.enter(GrammarState.VALUE);
        s.vmode = V_START;
        s.depth = 0;
        return true;
    }

    static boolean accept(GrammarState s, int c) {
        switch (s.vmode) {
            case V_START:
                return s.ws(c) || start(s, c);
            case V_STR:
            case V_KEY:
                return string(s, c);
            case V_ESC:
            case V_KEY_ESC:
                return escape(s, c);
            case V_HEX1: case V_HEX1 + 1: case V_HEX1 + 2: case V_HEX4:
                return hex(s, c);
            case V_WORD:
                return word(s, c);
            case V_ARR_FIRST:
                if (s.ws(c)) {
                    return true;
                }
                return c == ']' ? close(s) : !s.closing() && start(s, c);
            case V_ARR_NEXT:
                return s.ws(c) || (c == ',' ? !s.closing() && to(s, V_START) : c == ']' && close(s));
            case V_OBJ_FIRST:
                return s.ws(c) || (c == '"' ? !s.closing() && str(s, V_KEY) : c == '}' && close(s));
            case V_OBJ_COLON:
                return s.ws(c) || (c == ':' && to(s, V_START));
            case V_OBJ_NEXT:
                return s.ws(c) || (c == ',' ? !s.closing() && to(s, V_OBJ_KEYQ) : c == '}' && close(s));
            case V_OBJ_KEYQ:
                return s.ws(c) || (c == '"' && str(s, V_KEY));
            default:
                return number(s, c);
        }
    }

    private static boolean to(GrammarState s, int vmode) {
        s.vmode = vmode;
        s.wsRun = 0;
        return true;
    }

    private static boolean str(GrammarState s, int vmode) {
        s.count = 0;
        return to(s, vmode);
    }

    private static boolean start(GrammarState s, int c) {
        s.wsRun = 0;
        if (c == '"') {
            return str(s, V_STR);
        }
        if (c == '-') {
            s.count = 0;
            return to(s, V_MINUS);
        }
        if (c == '0') {
            return to(s, V_ZERO);
        }
        if (c >= '1' && c <= '9') {
            s.count = 1;
            return to(s, V_INT);
        }
        if (c == 't' || c == 'f' || c == 'n') {
            s.lit = c == 't' ? "rue" : c == 'f' ? "alse" : "ull";
            s.litPos = 0;
            return to(s, V_WORD);
        }
        if ((c == '[' || c == '{') && s.depth < s.stack.length && !s.closing()) {
            s.stack[s.depth++] = c == '[' ? ARRAY : OBJECT;
            return to(s, c == '[' ? V_ARR_FIRST : V_OBJ_FIRST);
        }
        return false;
    }

    private static boolean string(GrammarState s, int c) {
        boolean key = s.vmode == V_KEY;
        if (s.utf8Pending > 0 || c >= 0x80) {
            return (s.utf8Pending > 0 || (s.count++ < s.g.maxString && !s.closing())) && s.utf8(c);
        }
        if (c == '"') {
            return key ? to(s, V_OBJ_COLON) : end(s);
        }
        if (c < 0x20 || s.count >= s.g.maxString || s.closing()) {
            return false;
        }
        s.count++;
        return c == '\\' ? to(s, key ? V_KEY_ESC : V_ESC) : true;
    }

    private static boolean escape(GrammarState s, int c) {
        int back = s.vmode == V_KEY_ESC ? V_KEY : V_STR;
        if (c == 'u' && back == V_STR) {
            return to(s, V_HEX1);
        }
        return "\"\\/bfnrt".indexOf(c) >= 0 && to(s, back);
    }

    private static boolean hex(GrammarState s, int c) {
        boolean ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        return ok && to(s, s.vmode == V_HEX4 ? V_STR : s.vmode + 1);
    }

    private static boolean word(GrammarState s, int c) {
        if (s.lit.charAt(s.litPos) != c) {
            return false;
        }
        return ++s.litPos < s.lit.length() || end(s);
    }

    private static boolean number(GrammarState s, int c) {
        boolean digit = c >= '0' && c <= '9';
        switch (s.vmode) {
            case V_MINUS:
                return c == '0' ? to(s, V_ZERO) : digit && to(s, V_INT);
            case V_INT:
                if (digit) {
                    return ++s.count <= 12 && !s.closing();
                }
                return fracOrExp(s, c);
            case V_ZERO:
                return fracOrExp(s, c);
            case V_FRAC0:
                return digit && to(s, V_FRAC);
            case V_FRAC:
                return (digit && !s.closing()) || (c == 'e' || c == 'E' ? to(s, V_EXP0) : endThen(s, c));
            case V_EXP0:
                return c == '+' || c == '-' ? to(s, V_EXPS) : digit && to(s, V_EXP);
            case V_EXPS:
                return digit && to(s, V_EXP);
            case V_EXP:
                return (digit && !s.closing()) || endThen(s, c);
            default:
                return false;
        }
    }

    private static boolean fracOrExp(GrammarState s, int c) {
        if (c == '.') {
            return to(s, V_FRAC0);
        }
        if (c == 'e' || c == 'E') {
            return to(s, V_EXP0);
        }
        return endThen(s, c);
    }

    /** A number ends at the first byte that cannot continue it; that byte belongs to what follows. */
    private static boolean endThen(GrammarState s, int c) {
        end(s);
        return s.accept(c);
    }

    private static boolean close(GrammarState s) {
        s.depth--;
        return end(s);
    }

    private static boolean end(GrammarState s) {
        if (s.depth == 0) {
            return s.go(GrammarState.ARGS_NEXT);
        }
        return to(s, s.stack[s.depth - 1] == ARRAY ? V_ARR_NEXT : V_OBJ_NEXT);
    }
}
