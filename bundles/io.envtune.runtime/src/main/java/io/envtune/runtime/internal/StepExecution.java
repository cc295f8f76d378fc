package io.envtune.runtime.internal;

import io.envtune.api.FeedbackEvent;
import io.envtune.api.FeedbackKind;
import io.envtune.api.FeedbackMode;
import io.envtune.api.StepOutcome;
import io.envtune.api.ToolCall;
import io.envtune.api.ToolResult;
import io.envtune.api.ToolSpec;
import io.envtune.bfcl.EpisodeEnvironments;
import io.envtune.runtime.AugmenterChain;
import io.envtune.runtime.EmptyTurnCalls;
import io.envtune.runtime.EpisodeLimits;
import io.envtune.runtime.ParsedResponse;
import io.envtune.runtime.ResponseParser;
import io.envtune.runtime.ToolCallRunner;
import io.envtune.toolkit.PyCalls;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one model message against the live environments and builds the observation, with hints when augmented. One per
 * episode, confined to its thread; it counts the augmenter failures of its episode.
 */
public final class StepExecution {

    private final CallGate gate;
    private final boolean augmented;
    private final AugmenterChain augmenters;
    private final EpisodeLimits limits;
    private int augmenterFailures;

    /**
     * @param model the live instances
     * @param mode standard or augmented feedback
     * @param augmenters the hint chain
     */
    public StepExecution(EpisodeEnvironments model, FeedbackMode mode, AugmenterChain augmenters) {
        this(model, mode, augmenters, EpisodeLimits.DEFAULTS);
    }

    /**
     * @param model the live instances
     * @param mode standard or augmented feedback
     * @param augmenters the hint chain
     * @param limits the response length and calls-per-step bounds
     */
    public StepExecution(EpisodeEnvironments model, FeedbackMode mode, AugmenterChain augmenters,
                         EpisodeLimits limits) {
        this((CallGate) model::execute, mode, augmenters, limits);
    }

    /**
     * @param gate how each call runs (under a time limit in live episodes)
     * @param mode standard or augmented feedback
     * @param augmenters the hint chain
     * @param limits the response length, calls-per-step and observation-size bounds
     */
    public StepExecution(CallGate gate, FeedbackMode mode, AugmenterChain augmenters, EpisodeLimits limits) {
        this.gate = gate;
        this.augmented = mode == FeedbackMode.AUGMENTED;
        this.augmenters = augmenters;
        this.limits = limits;
    }

    /**
     * What one step did.
     *
     * @param outcome the step outcome
     * @param calls the calls as Python call strings
     * @param results the raw result of each executed call (empty when nothing ran)
     * @param feedback the observation for the model when the turn goes on
     * @param endsTurn whether the step ends the user turn
     * @param nextTurnPrefix text to put before the next question (warnings, hints); empty when none
     * @param endReason why the episode must end now (a call over its time limit, a failing environment); null when
     *                  it goes on
     * @param raised how many of {@code results} raised a Python exception ({@link ToolResult#raised()})
     */
    public record Result(StepOutcome outcome, List<String> calls, List<String> results, String feedback,
                         boolean endsTurn, String nextTurnPrefix, String endReason, int raised) {

        Result(StepOutcome outcome, List<String> calls, List<String> results, String feedback, boolean endsTurn,
               String nextTurnPrefix) {
            this(outcome, calls, results, feedback, endsTurn, nextTurnPrefix, null, 0);
        }
    }

    /**
     * @param modelText the raw response
     * @param emptyGroundTruth whether the current turn's ground truth is empty
     * @param emptyTurnCalls what to do with calls in such a turn
     * @param offered the tools offered now
     * @return what happened
     */
    public Result run(String modelText, boolean emptyGroundTruth, EmptyTurnCalls emptyTurnCalls,
                      List<ToolSpec> offered) {
        ParsedResponse parsed = tooManyCalls(ResponseParser.parse(modelText, limits.maxResponseChars()));
        if (parsed instanceof ParsedResponse.FormatError fe) {
            String hint = hint(new FeedbackEvent(FeedbackKind.FORMAT_ERROR, null, null, fe.message(), offered));
            return new Result(StepOutcome.FORMAT_ERROR, List.of(), List.of(),
                ObservationBudget.capped(Observations.formatError(fe.message(), hint), limits), false, "");
        }
        if (parsed instanceof ParsedResponse.Answer) {
            return new Result(StepOutcome.ANSWER, List.of(), List.of(), "", true, "");
        }
        List<ToolCall> calls = ((ParsedResponse.Calls) parsed).calls();
        if (calls.isEmpty()) {
            return new Result(StepOutcome.EMPTY_CALLS, List.of(), List.of(), "", true, "");
        }
        List<String> callTexts = calls.stream().map(PyCalls::toPython).toList();
        if (emptyGroundTruth) {
            return callsInEmptyTurn(calls, callTexts, emptyTurnCalls, offered);
        }
        return execute(calls, callTexts, offered, true);
    }

    /** More calls than the limit in one step is a format error: none of them runs. */
    private ParsedResponse tooManyCalls(ParsedResponse parsed) {
        if (parsed instanceof ParsedResponse.Calls c && c.calls().size() > limits.maxCallsPerStep()) {
            return new ParsedResponse.FormatError("Error: " + c.calls().size() + " tool calls in one step, more than "
                + "the limit of " + limits.maxCallsPerStep() + " (limit: tool calls per step)");
        }
        return parsed;
    }

    private Result callsInEmptyTurn(List<ToolCall> calls, List<String> callTexts, EmptyTurnCalls policy,
                                    List<ToolSpec> offered) {
        String hint = hint(new FeedbackEvent(FeedbackKind.CALL_IN_EMPTY_TURN, calls.get(0), null,
            "tool calls in a turn where a function or parameter is missing", offered));
        String hintLine = hint == null ? "" : "(Hint: " + hint + ")\n";
        if (policy == EmptyTurnCalls.SKIP_WITH_WARNING) {
            return new Result(StepOutcome.CALLS_NOT_EXECUTED, callTexts, List.of(), "", true,
                Observations.EMPTY_TURN_WARNING + hintLine);
        }
        // The turn ends here and nothing of this step is shown, so no per-call hints are asked for.
        Result ran = execute(calls, callTexts, offered, false);
        return new Result(ran.outcome(), ran.calls(), ran.results(), "", true, hintLine, ran.endReason(), ran.raised());
    }

    private Result execute(List<ToolCall> calls, List<String> callTexts, List<ToolSpec> offered, boolean hinted) {
        List<String> results = new ArrayList<>(calls.size());
        List<String> hints = new ArrayList<>();
        int raised = 0;
        for (int i = 0; i < calls.size(); i++) {
            ToolResult r;
            try {
                r = gate.call(callTexts.get(i));
            } catch (ToolCallRunner.Fault f) {
                // The episode ends here: the calls after this one never run, and nothing more is shown. The result
                // is the reason itself, not a Python-looking error text: no Python code raised anything.
                results.add(f.reason());
                return new Result(StepOutcome.TOOL_ERROR, callTexts.subList(0, i + 1), results, "", false, "",
                    f.reason(), raised);
            }
            results.add(r.text());
            raised += r.raised() ? 1 : 0;
            if (hinted && r.failed()) {
                String hint = hint(new FeedbackEvent(FeedbackKind.TOOL_FAILURE, calls.get(i), r.failure(), r.text(),
                    offered));
                if (hint != null) {
                    hints.add(calls.get(i).name() + ": " + hint);
                }
            }
        }
        StepOutcome outcome = raised > 0 ? StepOutcome.TOOL_ERROR : StepOutcome.TOOLS_OK;
        String shown = Observations.toolResults(ObservationBudget.shown(results, limits), hints);
        return new Result(outcome, callTexts, results, ObservationBudget.capped(shown, limits), false, "", null,
            raised);
    }

    private String hint(FeedbackEvent event) {
        if (!augmented) {
            return null;
        }
        AugmenterChain.Answer answer = augmenters.ask(event);
        augmenterFailures += answer.failures();
        return answer.hint().orElse(null);
    }

    /** @return how many times an augmenter threw in this episode's steps so far */
    public int augmenterFailures() {
        return augmenterFailures;
    }
}
