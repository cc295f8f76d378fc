package io.envtune.bfcl;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.envtune.api.Task;
import io.envtune.api.ToolEnvironment;
import io.envtune.bfcl.internal.DecodedTrajectory;
import io.envtune.bfcl.internal.EntryIds;
import io.envtune.bfcl.internal.JsonLine;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * Scores one line of model output in the form of {@code verdicts_*.jsonl}: only {@code id} and
 * {@code model_result_decoded} ([turn][step][call string]) are read. Never throws for bad input: an unreadable line,
 * a missing or unknown id gives {@link CheckError#INVALID_INPUT}, a result that is not a list of turns
 * {@link CheckError#INFERENCE_ERROR}, a failure to run the environments {@link CheckError#CHECK_FAILED}. Stateless.
 */
public final class TrajectoryCheck {

    private TrajectoryCheck() {
    }

    /**
     * @param jsonLine one input line
     * @param dataset the data set holding the entry and its ground truth
     * @param lookup finds the environment of a class name; returns null when there is none
     * @param dataDir the folder holding {@code long_context_constants.json}; may be null without long context
     * @return the output line: {@code id}, {@code multi_turn_checker}, {@code irrelevance_checker},
     *         {@code official_valid}
     */
    public static String checkLine(String jsonLine, BfclDataset dataset, Function<String, ToolEnvironment> lookup,
                                   Path dataDir) {
        return check(jsonLine, dataset, lookup, dataDir).toJsonLine();
    }

    /**
     * @param jsonLine one input line
     * @param dataset the data set holding the entry and its ground truth
     * @param lookup finds the environment of a class name; returns null when there is none
     * @param dataDir the folder holding {@code long_context_constants.json}; may be null without long context
     * @return both verdicts
     */
    public static TrajectoryVerdict check(String jsonLine, BfclDataset dataset,
                                          Function<String, ToolEnvironment> lookup, Path dataDir) {
        JsonObject input;
        try {
            input = JsonLine.parse(null, 1, jsonLine).object();
        } catch (RuntimeException e) {
            return unreadable(null, null, CheckError.INVALID_INPUT, "Input line is not a JSON object: "
                + e.getMessage());
        }
        JsonElement idElement = input.get("id");
        if (idElement == null || !idElement.isJsonPrimitive() || !idElement.getAsJsonPrimitive().isString()) {
            return unreadable(null, null, CheckError.INVALID_INPUT, "Input line has no string \"id\".");
        }
        String id = idElement.getAsString();
        Task task = dataset.task(id).orElse(null);
        if (task == null) {
            return unreadable(id, EntryIds.split(id), CheckError.INVALID_INPUT,
                "Unknown entry id " + id + ": it is not in the loaded BFCL data set.");
        }
        List<List<List<String>>> decoded;
        try {
            decoded = DecodedTrajectory.parse(input.get("model_result_decoded"));
        } catch (IllegalArgumentException e) {
            return unreadable(id, task.split(), CheckError.INFERENCE_ERROR, e.getMessage());
        }
        return check(decoded, task, lookup, dataDir);
    }

    /**
     * Scores an already decoded trajectory.
     *
     * @param decoded the decoded model calls: [turn][step][call string]
     * @param task the task with its ground truth
     * @param lookup finds the environment of a class name; returns null when there is none
     * @param dataDir the folder holding {@code long_context_constants.json}; may be null without long context
     * @return both verdicts; a failure to run the environments becomes {@link CheckError#CHECK_FAILED}
     */
    public static TrajectoryVerdict check(List<List<List<String>>> decoded, Task task,
                                          Function<String, ToolEnvironment> lookup, Path dataDir) {
        CheckVerdict irrelevance = IrrelevanceChecker.check(decoded, task);
        CheckVerdict checker;
        try {
            checker = MultiTurnChecker.evaluate(decoded, task, lookup, dataDir);
        } catch (RuntimeException e) {
            checker = CheckVerdict.failed(CheckError.CHECK_FAILED, "Check could not run: "
                + (e.getMessage() == null ? e.toString() : e.getMessage()), null);
        }
        return new TrajectoryVerdict(task.id(), task.split(), checker, irrelevance);
    }

    private static TrajectoryVerdict unreadable(String id, String split, CheckError error, String message) {
        CheckVerdict verdict = CheckVerdict.failed(error, message, null);
        return new TrajectoryVerdict(id, split, verdict, verdict);
    }
}
