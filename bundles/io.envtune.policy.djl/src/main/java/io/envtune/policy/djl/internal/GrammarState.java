package io.envtune.policy.djl.internal;

/**
 * The mutable state of a {@link ResponseGrammar} run. {@link #copy()} is cheap, so a decoder can try a token's bytes
 * on a copy. JSON values inside the arguments are handled by {@link JsonValueStep}.
 */
public final class GrammarState {

    static final int START = 0;
    static final int LIT = 1;
    static final int THINK = 2;
    static final int CHOICE = 3;
    static final int ANSWER = 4;
    static final int DONE = 5;
    static final int ARR_OPEN = 10;
    static final int ARR_FIRST = 11;
    static final int CALL_NAMEKEY = 12;
    static final int NAME_COLON = 13;
    static final int NAME_OPEN = 14;
    static final int NAME = 15;
    static final int NAME_COMMA = 16;
    static final int ARGS_KEY = 17;
    static final int ARGS_COLON = 18;
    static final int ARGS_OPEN = 19;
    static final int ARGS_FIRST = 20;
    static final int KEY = 21;
    static final int KEY_COLON = 22;
    static final int VALUE = 23;
    static final int ARGS_NEXT = 24;
    static final int ARGS_KEYQ = 25;
    static final int CALL_CLOSE = 26;
    static final int ARR_NEXT = 27;
    static final int ARR_CALL = 28;
    static final int AFTER_ARR = 29;

    private static final String TOOL_CALL = "<tool_call>";
    private static final String ANSWER_TAG = "<answer>";

    final ResponseGrammar g;
    int mode = START;
    String lit = "";
    int litPos;
    int litNext;
    int count;
    int wsRun;
    int utf8Pending;
    int jsonBytes;
    String ident = "";
    int tool = -1;
    long usedKeys;
    // JSON value machine (see JsonValueStep)
    int vmode;
    byte[] stack;
    int depth;

    GrammarState(ResponseGrammar g) {
        this.g = g;
        this.stack = new byte[g.maxDepth];
    }

    /** @return an independent copy */
    public GrammarState copy() {
        GrammarState c = new GrammarState(g);
        c.mode = mode;
        c.lit = lit;
        c.litPos = litPos;
        c.litNext = litNext;
        c.count = count;
        c.wsRun = wsRun;
        c.utf8Pending = utf8Pending;
        c.jsonBytes = jsonBytes;
        c.ident = ident;
        c.tool = tool;
        c.usedKeys = usedKeys;
        c.vmode = vmode;
        c.stack = stack.clone();
        c.depth = depth;
        return c;
    }

    /** @return whether a complete response has been read (only end-of-sequence may follow) */
    public boolean done() {
        return mode == DONE;
    }

    /**
     * Feeds bytes.
     *
     * @param bytes the bytes of one token
     * @return whether every byte was accepted (the state is then advanced past them; otherwise it is undefined)
     */
    public boolean accept(byte[] bytes) {
        for (byte b : bytes) {
            if (!accept(b & 0xff)) {
                return false;
            }
        }
        return true;
    }

    static boolean isWs(int c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r';
    }

    /** Accepts a whitespace byte where the grammar allows a short run of it. */
    boolean ws(int c) {
        if (isWs(c) && wsRun < g.maxWs && !closing()) {
            wsRun++;
            return true;
        }
        return false;
    }

    void expect(String literal, int next) {
        mode = LIT;
        lit = literal;
        litPos = 0;
        litNext = next;
    }

    void enter(int next) {
        mode = next;
        wsRun = 0;
        count = 0;
        ident = "";
    }

    /**
     * Feeds one byte.
     *
     * @param c the byte, 0-255
     * @return whether the grammar allows it here
     */
    public boolean accept(int c) {
        if (mode >= ARR_OPEN) {
            return ToolCallStep.accept(this, c);
        }
        switch (mode) {
            case START:
                if (ws(c)) {
                    return true;
                }
                return c == '<' && literal("think>", THINK);
            case LIT:
                if (lit.charAt(litPos) != c) {
                    return false;
                }
                if (++litPos == lit.length()) {
                    enter(litNext);
                }
                return true;
            case THINK:
                return text(c, "/think>", CHOICE);
            case ANSWER:
                return text(c, "/answer>", DONE);
            case CHOICE:
                return choice(c);
            default:
                return false;
        }
    }

    boolean literal(String rest, int next) {
        expect(rest, next);
        return true;
    }

    private boolean text(int c, String closing, int next) {
        if (c == '<' && utf8Pending == 0) {
            return literal(closing, next);
        }
        if ((count >= g.maxText && utf8Pending == 0) || (c < 0x20 && c != '\n')) {
            return false;
        }
        count++;
        return utf8(c);
    }

    /**
     * Keeps free text valid UTF-8 (byte-level tokens could otherwise leave half a character, which decodes to a
     * replacement character and no longer matches the sampled bytes).
     *
     * @param c the next byte
     * @return whether it continues valid UTF-8
     */
    boolean utf8(int c) {
        if (utf8Pending > 0) {
            if ((c & 0xC0) != 0x80) {
                return false;
            }
            utf8Pending--;
            return true;
        }
        if (c < 0x80) {
            return true;
        }
        if (c >= 0xC2 && c <= 0xDF) {
            utf8Pending = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            utf8Pending = 2;
        } else if (c >= 0xF0 && c <= 0xF4) {
            utf8Pending = 3;
        } else {
            return false;
        }
        return true;
    }

    private boolean choice(int c) {
        if (ident.isEmpty() && ws(c)) {
            return true;
        }
        String typed = ident + (char) c;
        boolean tools = !g.toolNames.isEmpty();
        if (tools && TOOL_CALL.startsWith(typed)) {
            ident = typed;
            if (typed.equals(TOOL_CALL)) {
                enter(ARR_OPEN);
            }
            return true;
        }
        if (ANSWER_TAG.startsWith(typed)) {
            ident = typed;
            if (typed.equals(ANSWER_TAG)) {
                enter(ANSWER);
            }
            return true;
        }
        return false;
    }

    /**
     * @return whether the tool-call JSON has used its byte budget: from then on only moves that close what is open
     *         are allowed (no new calls, members, containers or string content), so it always ends
     */
    boolean closing() {
        return mode >= ARR_OPEN && jsonBytes >= g.maxJson;
    }

    boolean go(int next) {
        enter(next);
        return true;
    }

}
