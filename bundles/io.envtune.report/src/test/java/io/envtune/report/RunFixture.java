package io.envtune.report;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import io.envtune.api.EpisodeRecord;
import io.envtune.api.FeedbackMode;
import io.envtune.api.Step;
import io.envtune.api.StepOutcome;
import io.envtune.api.TurnScore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a small run folder by hand, in the formats the training loop writes: two stages of three steps, a summary,
 * a state, a curriculum state and the records of steps 1 and 6.
 */
final class RunFixture {

    static final String MISMATCH = "multi_turn:instance_state_mismatch";
    static final String RESPONSE = "multi_turn:execution_response_mismatch";
    static final String UNKNOWN_TOOL = "'foo' is not an available tool. Use only the tools listed in the system "
        + "prompt.";
    static final String MISSING = "In the previous request a needed function or parameter was missing: say so.";

    /** The same settings the runtime writes records with. */
    private static final Gson RECORDS = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

    private RunFixture() {
    }

    static void metrics(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int step = 1; step <= 6; step++) {
            String stage = step <= 3 ? "S1-syntax" : "S2-base-augmented";
            String validation = step == 3 ? "0.4" : step == 6 ? "0.6" : "NaN";
            lines.add(String.format(Locale.ROOT, "{\"step\":%d,\"stage\":\"%s\",\"rewardMean\":%.2f,\"rewardStd\":0.1,"
                + "\"progress\":%.2f,\"formatValidity\":%.2f,\"kl\":%.3f,\"entropy\":1.2,\"clipFraction\":0.05,"
                + "\"gradNorm\":%.2f,\"tokens\":1200,\"zeroSignalGroups\":1,\"validationProgress\":%s,"
                + "\"seconds\":2.5,\"promoted\":%b}", step, stage, 0.1 * step, 0.05 * step, 0.5 + 0.08 * step,
                0.01 * step, 1.0 / step, validation, step == 3));
        }
        Files.write(dir.resolve("metrics.jsonl"), lines, StandardCharsets.UTF_8);
    }

    static void summary(Path dir) throws IOException {
        Files.writeString(dir.resolve("summary.json"), """
            {
              "wall_seconds": 754.2,
              "steps": 6,
              "final_stage": "S2-base-augmented",
              "steps_per_stage": {"S1-syntax": 3, "S2-base-augmented": 3, "S3-all-augmented": 0},
              "format_validity_after_stage1": 0.97,
              "progress_before": 0.12,
              "progress_after": 0.41,
              "validation_progress_before": 0.10,
              "validation_progress_after": 0.30,
              "success_before": 0.05,
              "success_after": 0.25,
              "format_validity_before": 0.60,
              "format_validity_after": 0.99,
              "constrained": false,
              "validation": {"tasks": 10, "samples_per_task": 4,
                "before": {"constrained": false, "episodes": 40, "success": 0.0, "success_se": 0.0,
                           "progress": 0.10, "progress_se": 0.03, "tool_turn_accuracy": 0.20,
                           "tool_turn_accuracy_se": 0.04, "answer_turn_accuracy": 0.5,
                           "answer_turn_accuracy_se": 0.1, "format_validity": 0.55, "format_validity_se": 0.05},
                "after": {"constrained": false, "episodes": 40, "success": 0.1, "success_se": 0.05,
                          "progress": 0.30, "progress_se": 0.04, "tool_turn_accuracy": 0.45,
                          "tool_turn_accuracy_se": 0.06, "answer_turn_accuracy": 0.6,
                          "answer_turn_accuracy_se": 0.1, "format_validity": 0.97, "format_validity_se": 0.01},
                "always_answer_progress": 0.25, "always_answer_progress_se": 0.05}
            }
            """, StandardCharsets.UTF_8);
    }

    static void state(Path dir) throws IOException {
        Files.writeString(dir.resolve("state.json"), """
            {"step": 6, "checkpoint": "step-00006",
             "before": {"episodes": 20, "progress": {"value": 0.12, "se": 0.02, "n": 20},
                        "success": {"value": 0.05, "se": 0.05, "n": 20},
                        "formatValidity": {"value": 0.6, "se": 0.1, "n": 60}},
             "validationBefore": {"episodes": 40, "progress": {"value": 0.1, "se": 0.03, "n": 40},
                                  "success": {"value": 0.0, "se": 0.0, "n": 40},
                                  "toolTurnAccuracy": {"value": 0.2, "se": 0.04, "n": 80}},
             "formatValidityAfterStage1": 0.97, "wallSeconds": 754.2}
            """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("curriculum.json"), "{\"stageIndex\":1,\"stepsInStage\":3,\"recent\":[]}");
    }

    /**
     * Step 1: base_0 fails turn 1 twice (state mismatch) and passes once; miss_func_1 fails turn 0. Step 6: base_0
     * fails turn 1 once (response mismatch) and passes once, miss_func_1 passes. Two unknown-tool hints and one
     * missing-function hint fire.
     */
    static void records(Path dir) throws IOException {
        Path records = Files.createDirectories(dir.resolve("records"));
        write(records.resolve("step-00001.jsonl"), List.of(
            record("e1", "multi_turn_base_0", List.of(pass(0), fail(1, MISMATCH)), hinted(UNKNOWN_TOOL)),
            record("e2", "multi_turn_base_0", List.of(pass(0), fail(1, MISMATCH)), hinted(UNKNOWN_TOOL)),
            record("e3", "multi_turn_base_0", List.of(pass(0), pass(1)), plain()),
            record("e4", "multi_turn_miss_func_1", List.of(fail(0, RESPONSE), pass(1)), hinted(MISSING))));
        write(records.resolve("step-00006.jsonl"), List.of(
            record("e5", "multi_turn_base_0", List.of(pass(0), fail(1, RESPONSE)), plain()),
            record("e6", "multi_turn_base_0", List.of(pass(0), pass(1)), plain()),
            record("e7", "multi_turn_miss_func_1", List.of(pass(0), pass(1)), plain())));
    }

    static void all(Path dir) throws IOException {
        metrics(dir);
        summary(dir);
        state(dir);
        records(dir);
    }

    private static void write(Path file, List<EpisodeRecord> records) throws IOException {
        List<String> lines = records.stream().map(RECORDS::toJson).toList();
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    static EpisodeRecord record(String id, String task, List<TurnScore> scores, List<Step> steps) {
        return new EpisodeRecord(id, task, "S1-syntax", FeedbackMode.AUGMENTED, Map.of("GorillaFileSystem", "1"),
            steps, scores, 2);
    }

    static TurnScore pass(int turn) {
        return new TurnScore(turn, true, "");
    }

    static TurnScore fail(int turn, String reason) {
        return new TurnScore(turn, false, reason);
    }

    static List<Step> plain() {
        return List.of(new Step(0, 0, "<tool_call>[ls()]</tool_call>", StepOutcome.TOOLS_OK, List.of("ls()"),
            List.of("{\"current_directory_content\": []}"), "<tool_response>\n[]\n</tool_response>\n"));
    }

    static List<Step> hinted(String hint) {
        return List.of(new Step(0, 0, "<tool_call>[foo()]</tool_call>", StepOutcome.TOOL_ERROR, List.of("foo()"),
            List.of("Error during execution: no such tool"), "<tool_response>\n[\"Error\"]\n</tool_response>\nHint: "
                + hint + "\nRemember the format."),
            new Step(1, 0, "<answer>done</answer>", StepOutcome.ANSWER, List.of(), List.of(), ""));
    }
}
