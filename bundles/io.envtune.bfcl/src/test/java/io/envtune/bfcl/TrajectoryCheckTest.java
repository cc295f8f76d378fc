package io.envtune.bfcl;

import static org.junit.Assert.assertEquals;

import io.envtune.api.Task;
import io.envtune.api.ToolEnvironment;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.BeforeClass;
import org.junit.Test;

/** Inputs that never reach the environments: unreadable lines, unknown ids, wrong shapes, wrong turn counts. */
public final class TrajectoryCheckTest {

    private static final Function<String, ToolEnvironment> NONE = Map.<String, ToolEnvironment>of()::get;
    private static BfclDataset dataset;

    @BeforeClass
    public static void load() {
        dataset = BfclDataset.load(TestSupport.bfclDir().resolve("data"));
    }

    private static String check(String line) {
        return TrajectoryCheck.checkLine(line, dataset, NONE, null);
    }

    @Test
    public void unreadableLineGetsAnInvalidInputVerdict() {
        String out = check("{not json");
        String prefix = "{\"id\": null, \"multi_turn_checker\": {\"valid\": false, "
            + "\"error_type\": \"envtune:invalid_input\", \"error_message\": \"Input line is not a JSON object: ";
        assertEquals(prefix, out.substring(0, prefix.length()));
        assertEquals(", \"official_valid\": false}", out.substring(out.length() - 26));
    }

    @Test
    public void lineWithoutIdOrWithUnknownId() {
        String noId = "{\"valid\": false, \"error_type\": \"envtune:invalid_input\", "
            + "\"error_message\": \"Input line has no string \\\"id\\\".\", \"failed_turn\": null}";
        assertEquals("{\"id\": null, \"multi_turn_checker\": " + noId + ", \"irrelevance_checker\": " + noId
            + ", \"official_valid\": false}", check("{\"id\": 5}"));
        TrajectoryVerdict unknown = TrajectoryCheck.check("{\"id\": \"multi_turn_base_9999\"}", dataset, NONE, null);
        assertEquals("base", unknown.split());
        assertEquals(CheckError.INVALID_INPUT, unknown.checker().error());
        assertEquals("Unknown entry id multi_turn_base_9999: it is not in the loaded BFCL data set.",
            unknown.checker().errorMessage());
    }

    @Test
    public void resultThatIsNotAListIsAnInferenceError() {
        String verdict = "{\"valid\": false, \"error_type\": \"multi_turn:inference_error\", \"error_message\": "
            + "\"Error during inference phase. Model did not output a list of model responses.\", "
            + "\"failed_turn\": null}";
        assertEquals("{\"id\": \"multi_turn_base_0\", \"multi_turn_checker\": " + verdict
            + ", \"irrelevance_checker\": " + verdict + ", \"official_valid\": false}",
            check("{\"id\": \"multi_turn_base_0\", \"model_result_decoded\": \"oops\"}"));
        TrajectoryVerdict nested = TrajectoryCheck.check(
            "{\"id\": \"multi_turn_base_0\", \"model_result_decoded\": [[[\"pwd()\", 3]]]}", dataset, NONE, null);
        assertEquals(CheckError.INFERENCE_ERROR, nested.checker().error());
        assertEquals("Error during inference phase. Model did not output a list of model responses. Turn 0, step 0 "
            + "is not a list of call strings.", nested.checker().errorMessage());
    }

    @Test
    public void turnCountMismatchIsForceTerminated() {
        // multi_turn_base_0 has 4 turns; 2 are given, so nothing is executed.
        TrajectoryVerdict verdict = TrajectoryCheck.check(
            "{\"id\": \"multi_turn_base_0\", \"model_result_decoded\": [[[\"pwd()\"]], []]}", dataset, NONE, null);
        assertEquals(CheckError.FORCE_TERMINATED, verdict.checker().error());
        assertEquals("Model was force-terminated during inference phase. The length of the model result turns (2) "
            + "does not match the length of the ground truth turns (4).", verdict.checker().errorMessage());
        assertEquals(null, verdict.checker().failedTurn());
        assertEquals(true, verdict.irrelevance().valid());
        assertEquals(false, verdict.officialValid());
    }

    @Test
    public void missingEnvironmentIsACheckFailureNotAnException() {
        TrajectoryVerdict verdict = TrajectoryCheck.check("{\"id\": \"multi_turn_base_0\", \"model_result_decoded\": "
            + "[[], [], [], []]}", dataset, NONE, null);
        assertEquals(CheckError.CHECK_FAILED, verdict.checker().error());
        assertEquals("Check could not run: no tool environment for BFCL class TwitterAPI",
            verdict.checker().errorMessage());
    }

    @Test
    public void irrelevanceFlagsCallsInAnEmptyGroundTruthTurn() {
        Task task = dataset.task("multi_turn_miss_func_0").orElseThrow();
        List<List<String>> calls = List.of(List.of("pwd()"));
        List<List<String>> empty = List.of();
        CheckVerdict verdict = IrrelevanceChecker.check(List.of(empty, empty, calls, empty, empty), task);
        assertEquals("{\"valid\": false, \"error_type\": \"multi_turn:irrelevance_error:decoder_success\", "
            + "\"error_message\": \"Model outputs valid function calls when it should not for turn 2.\", "
            + "\"failed_turn\": 2}", verdict.toJson());
        assertEquals("{\"valid\": true, \"error_type\": null}",
            IrrelevanceChecker.check(List.of(empty, empty, empty, empty, empty), task).toJson());
    }
}
