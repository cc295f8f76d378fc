package io.envtune.runtime.policy;

import io.envtune.api.ChatMessage;
import io.envtune.api.Completion;
import io.envtune.api.Conversation;
import io.envtune.api.Policy;
import io.envtune.api.Role;
import io.envtune.api.SamplingParams;
import io.envtune.api.Task;
import io.envtune.api.ToolCall;
import io.envtune.api.ToolEnvironment;
import io.envtune.api.ToolSpec;
import io.envtune.toolkit.PyCalls;
import io.envtune.toolkit.PyText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The oracle: for one task, answers every turn with its ground-truth calls in the paper's format, then with an
 * {@code <answer>} once the results are back; a turn whose ground truth is empty gets an {@code <answer>} at once.
 * It reads the turn from the conversation (each question opens a turn), so it is stateless and thread-safe. With
 * standard feedback it must pass every turn of every BFCL task: a check of the whole protocol.
 */
public final class OraclePolicy implements Policy {

    private final Task task;
    private final Map<String, ToolSpec> specs = new HashMap<>();

    /**
     * @param task the task this oracle solves
     * @param lookup the environment of each class, for the parameter names of positional arguments
     */
    public OraclePolicy(Task task, Function<String, ToolEnvironment> lookup) {
        this.task = task;
        task.involvedClasses().forEach(c -> lookup.apply(c).tools().forEach(s -> specs.put(s.name(), s)));
    }

    @Override
    public String name() {
        return "oracle";
    }

    @Override
    public List<List<Completion>> complete(List<Conversation> batch, SamplingParams params) {
        List<List<Completion>> out = new ArrayList<>();
        for (Conversation c : batch) {
            Completion one = Completion.ofText(respond(c.messages()));
            List<Completion> n = new ArrayList<>();
            for (int i = 0; i < Math.max(1, params.n()); i++) {
                n.add(one);
            }
            out.add(n);
        }
        return out;
    }

    private String respond(List<ChatMessage> messages) {
        ChatMessage last = messages.get(messages.size() - 1);
        int turn = questionsSeen(messages) - 1;
        if (isObservation(last) || turn < 0 || turn >= task.turns().size()) {
            return "<think>The request is complete.</think>\n<answer>Done.</answer>";
        }
        List<String> truth = task.turns().get(turn).groundTruth();
        if (truth.isEmpty()) {
            return "<think>Something needed is missing.</think>\n<answer>I cannot do this yet: a function or "
                + "parameter is missing.</answer>";
        }
        StringBuilder calls = new StringBuilder("[");
        for (int i = 0; i < truth.size(); i++) {
            calls.append(i == 0 ? "" : ", ").append(toJson(PyCalls.parse(truth.get(i))));
        }
        return "<think>Calling the tools for turn " + turn + ".</think>\n<tool_call>" + calls + "]</tool_call>";
    }

    private String toJson(ToolCall call) {
        Map<String, Object> args = new java.util.LinkedHashMap<>();
        ToolSpec spec = specs.get(call.name());
        for (int i = 0; i < call.args().size(); i++) {
            String name = spec != null && i < spec.parameters().size() ? spec.parameters().get(i).name() : "arg" + i;
            args.put(name, call.args().get(i));
        }
        args.putAll(call.kwargs());
        Map<String, Object> json = new java.util.LinkedHashMap<>();
        json.put("name", call.name());
        json.put("arguments", args);
        return PyText.dumps(json);
    }

    private static int questionsSeen(List<ChatMessage> messages) {
        int n = 0;
        for (ChatMessage m : messages) {
            if (m.role() == Role.USER && !isObservation(m)) {
                n++;
            }
        }
        return n;
    }

    private static boolean isObservation(ChatMessage m) {
        return m.role() == Role.USER && (m.content().startsWith("<tool_response>") || m.content().startsWith("Error:"));
    }
}
