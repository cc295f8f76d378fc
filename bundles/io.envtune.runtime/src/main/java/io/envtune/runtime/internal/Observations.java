package io.envtune.runtime.internal;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import io.envtune.api.ChatMessage;
import io.envtune.api.ToolSpec;
import io.envtune.api.UserTurn;
import io.envtune.runtime.ToolDocs;
import java.util.List;
import java.util.stream.Collectors;

/** The texts the environment sends to the model: questions, tool results, warnings. */
public final class Observations {

    /** BFCL's message for a miss_func turn that only announces new tools. */
    public static final String NEW_TOOLS = "I have updated some more functions you can choose from. What about now?";

    /** The released code's warning after calls in an empty-ground-truth turn. */
    public static final String EMPTY_TURN_WARNING = "(SYSTEM WARNING: You should not call any function in this turn "
        + "because certain function description(s) or parameter(s) is missing in this turn. Previous turn is forced "
        + "quit. Current function(s) will not be executed.) Next turn question:\n";

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();
    private static final String REMINDER = "If the request is fulfilled, give your reasoning in <think></think> and "
        + "a brief summary in <answer></answer>; otherwise keep calling functions.";

    private Observations() {
    }

    /**
     * @param turn the user turn
     * @param addedSpecs the specs of the tools this turn adds (miss_func), empty otherwise
     * @return the user message that opens the turn
     */
    public static String question(UserTurn turn, List<ToolSpec> addedSpecs) {
        String text = turn.messages().stream().map(ChatMessage::content).collect(Collectors.joining("\n"));
        if (!addedSpecs.isEmpty()) {
            String docs = ToolDocs.render(addedSpecs);
            return text.isBlank() ? docs + "\n" + NEW_TOOLS : docs + "\n" + text;
        }
        return text;
    }

    /**
     * @param results the raw result strings of the step's calls
     * @param hints the hints to add (augmented mode), possibly empty
     * @return the observation after a tool-call step
     */
    public static String toolResults(List<String> results, List<String> hints) {
        StringBuilder out = new StringBuilder("<tool_response>\n").append(GSON.toJson(results))
            .append("\n</tool_response>\n");
        for (String hint : hints) {
            out.append("Hint: ").append(hint).append('\n');
        }
        return out.append(REMINDER).toString();
    }

    /**
     * @param error the format error
     * @param hint an optional hint, or null
     * @return the observation after a format error
     */
    public static String formatError(String error, String hint) {
        return hint == null ? error : error + "\nHint: " + hint;
    }
}
