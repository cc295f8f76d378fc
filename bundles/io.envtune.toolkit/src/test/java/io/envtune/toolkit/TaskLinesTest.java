package io.envtune.toolkit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.envtune.api.ChatMessage;
import io.envtune.api.Role;
import io.envtune.api.Task;
import io.envtune.api.UserTurn;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** Reading self-contained task lines, and the errors for malformed ones. */
public class TaskLinesTest {

    private static final String BASE = "{\"id\":\"fs_1\",\"split\":\"base\",\"involved_classes\":[\"GorillaFileSystem\"],"
        + "\"initial_config\":{\"GorillaFileSystem\":{\"root\":{\"home\":{\"type\":\"directory\",\"contents\":{}}},"
        + "\"balance\":10000.0,\"count\":3}},"
        + "\"question\":[[{\"role\":\"user\",\"content\":\"Make a folder named notes.\"}]],"
        + "\"ground_truth\":[[\"mkdir(dir_name='notes')\"]]}";

    private static final String MISS_FUNC = "{\"id\":\"fs_2\",\"split\":\"miss_func\","
        + "\"involved_classes\":[\"GorillaFileSystem\"],"
        + "\"question\":[[{\"role\":\"user\",\"content\":\"Show a.txt.\"}],[]],"
        + "\"ground_truth\":[[],[\"cat(file_name='a.txt')\"]],\"missed_function\":{\"1\":[\"cat\"]}}";

    private static List<Task> read(String text) {
        return TaskLines.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "tasks.jsonl");
    }

    private static void assertRejected(String text, String expected) {
        try {
            read(text);
            fail("accepted: " + text);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("tasks.jsonl:"));
            assertTrue(e.getMessage(), e.getMessage().contains(expected));
        }
    }

    @Test
    public void readsABaseTaskWithItsScenarioAsCompactJson() {
        Task task = read(BASE).get(0);
        assertEquals("fs_1", task.id());
        assertEquals("base", task.split());
        assertEquals(List.of("GorillaFileSystem"), task.involvedClasses());
        assertEquals(Map.of("GorillaFileSystem", "{\"root\":{\"home\":{\"type\":\"directory\",\"contents\":{}}},"
            + "\"balance\":10000.0,\"count\":3}"), task.initialConfig());
        assertFalse(task.longContext());
        UserTurn turn = task.turns().get(0);
        assertEquals(List.of(new ChatMessage(Role.USER, "Make a folder named notes.")), turn.messages());
        assertEquals(List.of("mkdir(dir_name='notes')"), turn.groundTruth());
        assertEquals(List.of(), turn.addedTools());
    }

    @Test
    public void missedFunctionBecomesTheAddedToolsOfItsTurn() {
        Task task = read(MISS_FUNC).get(0);
        assertEquals(2, task.turns().size());
        assertEquals(List.of(), task.turns().get(0).addedTools());
        assertEquals(List.of(), task.turns().get(1).messages());
        assertEquals(List.of("cat"), task.turns().get(1).addedTools());
        assertEquals(Map.of(), task.initialConfig());
    }

    @Test
    public void skipsBlankLinesAndKeepsOrder() {
        List<Task> tasks = read(BASE + "\n\n" + MISS_FUNC + "\n");
        assertEquals(List.of("fs_1", "fs_2"), tasks.stream().map(Task::id).toList());
    }

    @Test
    public void errorsNameTheSourceAndLine() {
        assertRejected(BASE + "\n\n{not json", "tasks.jsonl:3: not valid JSON");
        assertRejected("[1]", "tasks.jsonl:1: expected a JSON object");
        assertRejected(BASE + "\n" + BASE, "tasks.jsonl:2: id \"fs_1\" already used on line 1");
    }

    @Test
    public void rejectsMalformedFields() {
        assertRejected(BASE.replace("\"split\":\"base\"", "\"split\":\"other\""), "split \"other\"");
        assertRejected(BASE.replace("\"id\":\"fs_1\",", ""), "\"id\" is missing");
        assertRejected(BASE.replace("[[\"mkdir(dir_name='notes')\"]]", "[]"), "ground_truth has 0 turns");
        assertRejected(BASE.replace("\"role\":\"user\"", "\"role\":\"robot\""), "unknown role \"robot\"");
        assertRejected(BASE.replace("\"mkdir(dir_name='notes')\"", "1"), "non-string item");
        assertRejected(BASE.replace("[\"GorillaFileSystem\"]", "[]"), "involved_classes is empty");
        assertRejected(MISS_FUNC.replace("{\"1\":", "{\"2\":"), "missed_function key \"2\"");
        assertRejected(MISS_FUNC.replace("{\"1\":[\"cat\"]}", "{\"1\":\"cat\"}"), "not a list of tool names");
        assertRejected(BASE.replace("{\"GorillaFileSystem\":{\"root\"", "{\"GorillaFileSystem\":[{\"root\"")
            .replace("\"count\":3}}", "\"count\":3}]}"), "initial_config[\"GorillaFileSystem\"] is not an object");
    }

    @Test
    public void encodeWritesOneLineThatReadsBackEqual() {
        String both = BASE + "\n" + MISS_FUNC.replace("\"Show a.txt.\"", "\"Show \\\"a.txt\\\" \u00e9\"");
        for (Task task : read(both)) {
            String line = TaskLines.encode(task);
            assertFalse(line, line.contains("\n"));
            assertEquals(task, read(line).get(0));
            assertEquals(line, TaskLines.encode(read(line).get(0)));
        }
        String base = TaskLines.encode(read(BASE).get(0));
        assertTrue(base, base.contains("\"balance\":10000.0,\"count\":3"));
        assertFalse(base, base.contains("missed_function"));
        assertTrue(TaskLines.encode(read(MISS_FUNC).get(0)).endsWith(",\"missed_function\":{\"1\":[\"cat\"]}}"));
    }

    @Test
    public void encodeRefusesWhatTheFormatCannotCarry() {
        Task task = read(BASE).get(0);
        Task longContext = new Task("x", "base", task.involvedClasses(), task.initialConfig(), task.turns(), true);
        Task otherSplit = new Task("x", "long_context", task.involvedClasses(), task.initialConfig(), task.turns(),
            false);
        Task badConfig = new Task("x", "base", task.involvedClasses(), Map.of("GorillaFileSystem", "[1]"),
            task.turns(), false);
        for (Task bad : List.of(longContext, otherSplit, badConfig)) {
            try {
                TaskLines.encode(bad);
                fail("encoded " + bad);
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage(), e.getMessage().startsWith("task x"));
            }
        }
    }

    @Test
    public void aMissingResourceIsNamed() {
        try {
            TaskLines.readResource(TaskLinesTest.class, "tasks/none.jsonl");
            fail("no error");
        } catch (IllegalStateException e) {
            assertTrue(e.getMessage(), e.getMessage().endsWith("beside io.envtune.toolkit.TaskLinesTest: tasks/none.jsonl"));
        }
    }
}
