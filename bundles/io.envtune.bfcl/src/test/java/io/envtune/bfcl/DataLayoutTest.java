package io.envtune.bfcl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.envtune.api.Task;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Test;

/** Folder layouts (V3 names, gorilla checkouts) and error messages, on small synthetic files. */
public final class DataLayoutTest {

    private static final String QUESTION = "{\"id\": \"multi_turn_miss_func_7\", \"question\": [[{\"role\": \"user\", "
        + "\"content\": \"hi\"}], [], [{\"role\": \"user\", \"content\": \"go\"}]], \"initial_config\": "
        + "{\"MathAPI\": {}}, \"involved_classes\": [\"MathAPI\"], \"missed_function\": {\"1\": [\"mean\"]}}";
    private static final String ANSWER = "{\"id\": \"multi_turn_miss_func_7\", \"ground_truth\": "
        + "[[\"add(a=1, b=2)\"], [], [\"mean(numbers=[1.0])\"]]}";

    @Test
    public void readsV3NamesInAGorillaCheckout() throws IOException {
        Path root = Files.createTempDirectory("gorilla");
        Path data = root.resolve("berkeley-function-call-leaderboard/bfcl_eval/data");
        write(data, "BFCL_v3_multi_turn_miss_func.json", QUESTION);
        write(data.resolve("possible_answer"), "BFCL_v3_multi_turn_miss_func.json", ANSWER);
        for (Path dir : List.of(root, root.resolve("berkeley-function-call-leaderboard"), data)) {
            BfclDataset dataset = BfclDataset.load(dir);
            assertEquals(data, dataset.dataDir());
            assertEquals(List.of("miss_func"), List.copyOf(dataset.splits()));
            Task task = dataset.task("multi_turn_miss_func_7").orElseThrow();
            assertEquals(List.of("mean"), task.turns().get(1).addedTools());
            assertEquals(List.of("mean"), dataset.withheldTools(task.id()));
            assertEquals(List.of("mean(numbers=[1.0])"), task.turns().get(2).groundTruth());
            assertTrue(dataset.funcDocs().isEmpty());
        }
    }

    @Test
    public void prefersV4OverV3() throws IOException {
        Path data = Files.createTempDirectory("bfcl");
        write(data, "BFCL_v3_multi_turn_miss_func.json", QUESTION);
        write(data.resolve("possible_answer"), "BFCL_v3_multi_turn_miss_func.json", ANSWER);
        write(data, "BFCL_v4_multi_turn_miss_func.json", QUESTION.replace("\"hi\"", "\"v4\""));
        write(data.resolve("possible_answer"), "BFCL_v4_multi_turn_miss_func.json", ANSWER);
        Task task = BfclDataset.load(data).task("multi_turn_miss_func_7").orElseThrow();
        assertEquals("v4", task.turns().get(0).messages().get(0).content());
    }

    @Test
    public void namesFileAndLineOfMalformedJson() throws IOException {
        assertLoadFails(QUESTION + "\n{\"id\": broken", ANSWER, "BFCL_v4_multi_turn_miss_func.json:2: not valid JSON");
    }

    @Test
    public void namesTheAnswerLineWhenTurnCountsDiffer() throws IOException {
        String answer = ANSWER.replace(", [\"mean(numbers=[1.0])\"]", "");
        assertLoadFails(QUESTION, answer, "possible_answer/BFCL_v4_multi_turn_miss_func.json:1: ground truth of "
            + "multi_turn_miss_func_7 has 2 turns, the question has 3");
    }

    @Test
    public void rejectsAMissedFunctionOutsideTheTurns() throws IOException {
        assertLoadFails(QUESTION.replace("{\"1\":", "{\"9\":"), ANSWER,
            "BFCL_v4_multi_turn_miss_func.json:1: missed_function key \"9\" is not a turn index below 3");
    }

    @Test
    public void rejectsAMissingGroundTruth() throws IOException {
        assertLoadFails(QUESTION, ANSWER.replace("_7", "_8"), "no ground truth for multi_turn_miss_func_7");
    }

    @Test
    public void rejectsAWrongFieldType() throws IOException {
        String question = QUESTION.replace("\"involved_classes\": [\"MathAPI\"]", "\"involved_classes\": \"MathAPI\"");
        assertLoadFails(question, ANSWER,
            ":1: \"involved_classes\" is missing or not an array");
    }

    private static void assertLoadFails(String questions, String answers, String expected) throws IOException {
        Path data = Files.createTempDirectory("bfcl");
        write(data, "BFCL_v4_multi_turn_miss_func.json", questions);
        write(data.resolve("possible_answer"), "BFCL_v4_multi_turn_miss_func.json", answers);
        try {
            BfclDataset.load(data);
            fail("expected an error containing " + expected);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains(expected));
        }
    }

    private static void write(Path dir, String name, String text) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name), text + "\n", StandardCharsets.UTF_8);
    }
}
