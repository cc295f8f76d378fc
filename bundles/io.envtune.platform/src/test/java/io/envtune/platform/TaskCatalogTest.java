package io.envtune.platform;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.envtune.api.Task;
import io.envtune.api.TaskSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Named tasks against built-in ones, one order, the split and the held-out rule. */
public final class TaskCatalogTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private static TaskSource source(String id, List<Task> train, List<Task> validation) {
        return new TaskSource() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public List<Task> tasks() {
                return train;
            }

            @Override
            public List<Task> validation() {
                return validation;
            }
        };
    }

    private Path file(int n) throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < n; i++) {
            lines.append("{\"id\": \"mine_").append(i).append("\", \"split\": \"base\", \"involved_classes\": "
                + "[\"MathAPI\"], \"question\": [[{\"role\": \"user\", \"content\": \"add 1 and 2\"}]], "
                + "\"ground_truth\": [[\"add(a=1, b=2)\"]]}\n");
        }
        Path f = tmp.newFile("tasks.jsonl").toPath();
        Files.writeString(f, lines, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    public void builtinTasksComeFromSourcesWithTheirOwnValidation() {
        TaskSource b = source("b", List.of(TaskPoolTest.task("b1", "base", 1)), List.of(TaskPoolTest.task("b2",
            "base", 1)));
        TaskSource a = source("a", List.of(TaskPoolTest.task("a1", "base", 2)), List.of());
        TaskCatalog c = TaskCatalog.open(TaskOrigin.BUILTIN, () -> new StaticPlugins(java.util.Map.of(), List.of(),
            io.envtune.runtime.AugmenterChain.EMPTY, List.of(b, a), null).taskSources());
        assertFalse(c.named());
        assertEquals(List.of("a1", "b1", "b2"), c.tasks("all").stream().map(Task::id).toList());
        TaskPool pool = c.pool(7);
        assertEquals(List.of("a1", "b1"), pool.allTrain().stream().map(Task::id).toList());
        assertEquals(List.of("b2"), pool.allValidation().stream().map(Task::id).toList());
        assertTrue(pool.allTest().isEmpty());
        assertTrue(c.task("b2").isPresent());
    }

    @Test
    public void aTasksFileReplacesTheBuiltinTasksAndIsSplitInProportion() throws Exception {
        TaskSource builtin = source("x", List.of(TaskPoolTest.task("x1", "base", 1)), List.of());
        TaskCatalog c = TaskCatalog.open(TaskOrigin.of("", file(8).toString()), () -> List.of(builtin));
        assertTrue(c.named());
        assertEquals(8, c.tasks("all").size());
        assertFalse("named tasks only", c.task("x1").isPresent());
        TaskPool pool = c.pool(7);
        assertEquals(4, pool.allTrain().size());
        assertEquals(1, pool.allValidation().size());
        assertEquals(3, pool.allTest().size());
        assertEquals(pool, c.pool(7));
    }

    @Test
    public void badInputGetsOneClearLine() throws Exception {
        try {
            TaskOrigin.of("", tmp.getRoot().toPath().resolve("missing.jsonl").toString());
            fail();
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("tasks file not found: "));
        }
        Path bad = tmp.newFile("bad.jsonl").toPath();
        Files.writeString(bad, "{\"id\": 3}\n");
        try {
            TaskCatalog.open(TaskOrigin.of("", bad.toString()), List::of);
            fail();
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("bad.jsonl:1:"));
        }
        try {
            TaskCatalog.open(TaskOrigin.BUILTIN, List::of).tasks("all");
            fail();
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("no tasks: give --bfcl DIR or --tasks FILE"));
        }
    }
}
