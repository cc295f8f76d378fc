package io.envtune.testkit;

import java.util.Set;

/**
 * The class under replay in one fixture case: its session, and which calls of the case belong to it. The classes of
 * a BFCL entry never touch each other's state, so in an entry with several classes only this class's calls run; in a
 * single-class entry every call runs, unknown names included (they have results too).
 *
 * @param session the instance of the class, with the executor over it
 * @param toolNames the class's tool names
 * @param alone whether the case involves this class only
 */
record Episode(ToolSession session, Set<String> toolNames, boolean alone) {

    /** @return whether the call belongs to this replay (see the class comment) */
    boolean replays(String call) {
        return alone || toolNames.contains(toolName(call));
    }

    /** The tool name of a call string: the text before the first {@code (}, stripped. */
    static String toolName(String call) {
        int paren = call.indexOf('(');
        return (paren < 0 ? call : call.substring(0, paren)).strip();
    }
}
