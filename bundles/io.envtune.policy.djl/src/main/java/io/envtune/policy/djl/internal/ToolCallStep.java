package io.envtune.policy.djl.internal;

import static io.envtune.policy.djl.internal.GrammarState.AFTER_ARR;
import static io.envtune.policy.djl.internal.GrammarState.ARGS_COLON;
import static io.envtune.policy.djl.internal.GrammarState.ARGS_FIRST;
import static io.envtune.policy.djl.internal.GrammarState.ARGS_KEY;
import static io.envtune.policy.djl.internal.GrammarState.ARGS_KEYQ;
import static io.envtune.policy.djl.internal.GrammarState.ARGS_NEXT;
import static io.envtune.policy.djl.internal.GrammarState.ARGS_OPEN;
import static io.envtune.policy.djl.internal.GrammarState.ARR_CALL;
import static io.envtune.policy.djl.internal.GrammarState.ARR_FIRST;
import static io.envtune.policy.djl.internal.GrammarState.ARR_NEXT;
import static io.envtune.policy.djl.internal.GrammarState.ARR_OPEN;
import static io.envtune.policy.djl.internal.GrammarState.CALL_CLOSE;
import static io.envtune.policy.djl.internal.GrammarState.CALL_NAMEKEY;
import static io.envtune.policy.djl.internal.GrammarState.DONE;
import static io.envtune.policy.djl.internal.GrammarState.KEY;
import static io.envtune.policy.djl.internal.GrammarState.KEY_COLON;
import static io.envtune.policy.djl.internal.GrammarState.NAME;
import static io.envtune.policy.djl.internal.GrammarState.NAME_COLON;
import static io.envtune.policy.djl.internal.GrammarState.NAME_COMMA;
import static io.envtune.policy.djl.internal.GrammarState.NAME_OPEN;
import static io.envtune.policy.djl.internal.GrammarState.VALUE;

import java.util.List;

/**
 * The tool-call part of the response grammar: a JSON array of {@code {"name": TOOL, "arguments": {KEY: VALUE}}}
 * objects whose names and keys come from the offered tools; argument values are handed to {@link JsonValueStep}.
 * Works on {@link GrammarState}'s fields.
 */
final class ToolCallStep {

    private ToolCallStep() {
    }

    static boolean accept(GrammarState s, int c) {
        s.jsonBytes++;
        if (s.mode == VALUE) {
            return JsonValueStep.accept(s, c);
        }
        if (s.mode != NAME && s.mode != KEY && s.ws(c)) {
            return true;
        }
        switch (s.mode) {
            case ARR_OPEN:
                return c == '[' && s.go(ARR_FIRST);
            case ARR_FIRST:
                return c == '{' && !s.closing() ? s.go(CALL_NAMEKEY) : c == ']' && s.go(AFTER_ARR);
            case CALL_NAMEKEY:
                return c == '"' && s.literal("name\"", NAME_COLON);
            case NAME_COLON:
                return c == ':' && s.go(NAME_OPEN);
            case NAME_OPEN:
                return c == '"' && s.go(NAME);
            case NAME:
                return name(s, c);
            case NAME_COMMA:
                return c == ',' && s.go(ARGS_KEY);
            case ARGS_KEY:
                return c == '"' && s.literal("arguments\"", ARGS_COLON);
            case ARGS_COLON:
                return c == ':' && s.go(ARGS_OPEN);
            case ARGS_OPEN:
                return c == '{' && s.go(ARGS_FIRST);
            case ARGS_FIRST:
                return c == '"' ? keysLeft(s) && !s.closing() && s.go(KEY)
                        : c == '}' && s.go(CALL_CLOSE);
            case KEY:
                return key(s, c);
            case KEY_COLON:
                return c == ':' && JsonValueStep.begin(s);
            case ARGS_NEXT:
                return c == ',' ? keysLeft(s) && !s.closing() && s.go(ARGS_KEYQ)
                        : c == '}' && s.go(CALL_CLOSE);
            case ARGS_KEYQ:
                return c == '"' && s.go(KEY);
            case CALL_CLOSE:
                return c == '}' && s.go(ARR_NEXT);
            case ARR_NEXT:
                return c == ',' ? !s.closing() && s.go(ARR_CALL) : c == ']' && s.go(AFTER_ARR);
            case ARR_CALL:
                return c == '{' && s.go(CALL_NAMEKEY);
            case AFTER_ARR:
                return c == '<' && s.literal("/tool_call>", DONE);
            default:
                return false;
        }
    }

    private static boolean name(GrammarState s, int c) {
        if (c == '"') {
            int i = s.g.toolNames.indexOf(s.ident);
            if (i < 0) {
                return false;
            }
            s.tool = i;
            s.usedKeys = 0;
            return s.go(NAME_COMMA);
        }
        String typed = s.ident + (char) c;
        for (String n : s.g.toolNames) {
            if (n.startsWith(typed)) {
                s.ident = typed;
                return true;
            }
        }
        return false;
    }

    private static boolean keysLeft(GrammarState s) {
        return Long.bitCount(s.usedKeys) < s.g.toolParams.get(s.tool).size();
    }

    private static boolean key(GrammarState s, int c) {
        List<String> params = s.g.toolParams.get(s.tool);
        if (c == '"') {
            int i = params.indexOf(s.ident);
            if (i < 0 || (s.usedKeys & (1L << i)) != 0) {
                return false;
            }
            s.usedKeys |= 1L << i;
            return s.go(KEY_COLON);
        }
        String typed = s.ident + (char) c;
        for (int i = 0; i < params.size(); i++) {
            if ((s.usedKeys & (1L << i)) == 0 && params.get(i).startsWith(typed)) {
                s.ident = typed;
                return true;
            }
        }
        return false;
    }
}
