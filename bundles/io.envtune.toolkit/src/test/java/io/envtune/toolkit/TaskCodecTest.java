package io.envtune.toolkit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.envtune.api.Task;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.Test;

/** The codec's three entry points decode the same fields to the same task. */
public final class TaskCodecTest {

    private static final String QUESTION = "{\"id\": \"multi_turn_miss_func_7\", \"involved_classes\": [\"MathAPI\"], "
        + "\"initial_config\": {\"MathAPI\": {\"x\": 10000.0}}, \"question\": [[{\"role\": \"user\", \"content\": "
        + "\"hi\"}], []], \"missed_function\": {\"1\": [\"mean\"]}}";
    private static final String ANSWER = "{\"id\": \"multi_turn_miss_func_7\", \"ground_truth\": [[\"add(a=1, b=2)\"], "
        + "[\"mean(numbers=[1.0])\"]]}";

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    private static Task bfcl(String question, String answer) {
        return TaskLines.decodeBfcl(json(question), json(answer), new TaskLines.BfclEntry("miss_func", false,
            m -> new IllegalArgumentException("q: " + m), m -> new IllegalArgumentException("a: " + m)));
    }

    @Test
    public void theThreeEntryPointsAgree() {
        Task fromBfcl = bfcl(QUESTION, ANSWER);
        JsonObject inline = json(QUESTION);
        inline.add("ground_truth", json(ANSWER).get("ground_truth"));
        inline.addProperty("split", "miss_func");
        Task fromInline = TaskLines.decodeInline(inline, IllegalStateException::new);
        Task fromLine = TaskLines.read(new ByteArrayInputStream(inline.toString().getBytes(StandardCharsets.UTF_8)),
            "mem").get(0);
        assertEquals(fromBfcl, fromInline);
        assertEquals(fromBfcl, fromLine);
        assertEquals(List.of("mean"), fromBfcl.turns().get(1).addedTools());
        assertEquals("{\"x\":10000.0}", fromBfcl.initialConfig().get("MathAPI"));
    }

    @Test
    public void inlineDefaultsAndErrors() {
        JsonObject t = json(QUESTION);
        t.remove("id");
        t.add("ground_truth", json(ANSWER).get("ground_truth"));
        Task task = TaskLines.decodeInline(t, IllegalStateException::new);
        assertEquals("inline", task.id());
        assertEquals("inline", task.split());
        assertFalse(task.longContext());
        t.addProperty("long_context", true);
        assertTrue(TaskLines.decodeInline(t, IllegalStateException::new).longContext());
        t.remove("question");
        try {
            TaskLines.decodeInline(t, IllegalStateException::new);
            fail();
        } catch (IllegalStateException e) {
            assertEquals("task: \"question\" is missing or not an array", e.getMessage());
        }
    }

    @Test
    public void aTurnCountMismatchNamesTheAnswerLine() {
        try {
            bfcl(QUESTION, ANSWER.replace(", [\"mean(numbers=[1.0])\"]", ""));
            fail();
        } catch (IllegalArgumentException e) {
            assertEquals("a: ground truth of multi_turn_miss_func_7 has 1 turns, the question has 2", e.getMessage());
        }
    }
}
