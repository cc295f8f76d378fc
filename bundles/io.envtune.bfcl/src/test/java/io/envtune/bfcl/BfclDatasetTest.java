package io.envtune.bfcl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.envtune.api.Role;
import io.envtune.api.Task;
import io.envtune.api.UserTurn;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.BeforeClass;
import org.junit.Test;

/** Loads the shared BFCL data and checks what the tasks carry. */
public final class BfclDatasetTest {

    private static BfclDataset dataset;

    @BeforeClass
    public static void load() {
        dataset = BfclDataset.load(TestSupport.bfclDir().resolve("data"));
    }

    @Test
    public void loadsTwoHundredEntriesPerSplit() {
        assertEquals(List.copyOf(BfclDataset.SPLITS), List.copyOf(dataset.splits()));
        for (String split : BfclDataset.SPLITS) {
            assertEquals(split, 200, dataset.tasks(split).size());
            dataset.tasks(split).forEach(t -> assertEquals(split, t.split()));
        }
        assertEquals(800, dataset.tasks().size());
        assertEquals("multi_turn_base_0", dataset.tasks().get(0).id());
    }

    @Test
    public void countsTurnsAndGroundTruthCallsAsTheReadme() {
        assertTurnsAndCalls("base", 734, 1142);
        assertTurnsAndCalls("miss_func", 934, 1140);
        assertTurnsAndCalls("miss_param", 934, 1140);
        assertTurnsAndCalls("long_context", 734, 1203);
    }

    private static void assertTurnsAndCalls(String split, int turns, int calls) {
        List<UserTurn> all = dataset.tasks(split).stream().flatMap(t -> t.turns().stream()).toList();
        assertEquals(split + " turns", turns, all.size());
        assertEquals(split + " calls", calls, all.stream().mapToInt(t -> t.groundTruth().size()).sum());
    }

    @Test
    public void missFuncAddsWithheldToolsAtTheirTurn() {
        Task task = dataset.task("multi_turn_miss_func_0").orElseThrow();
        assertEquals(List.of("sort"), dataset.withheldTools(task.id()));
        assertEquals(List.of("sort"), task.turns().get(3).addedTools());
        assertTrue(task.turns().get(3).messages().isEmpty());
        assertEquals(List.of("sort('final_report.pdf')"), task.turns().get(3).groundTruth());
        assertTrue("the turn before the tool arrives has no ground truth", task.turns().get(2).groundTruth().isEmpty());
        for (int t : new int[] {0, 1, 2, 4}) {
            assertTrue(task.turns().get(t).addedTools().isEmpty());
        }
        Task two = dataset.task("multi_turn_miss_func_2").orElseThrow();
        assertEquals(List.of("cp", "cat"), dataset.withheldTools(two.id()));
        assertEquals(List.of("cp", "cat"), two.turns().get(4).addedTools());
    }

    @Test
    public void everyMissFuncEntryWithholdsSomethingAndOthersNothing() {
        dataset.tasks("miss_func").forEach(t -> assertFalse(t.id(), dataset.withheldTools(t.id()).isEmpty()));
        for (String split : List.of("base", "miss_param", "long_context")) {
            dataset.tasks(split).forEach(t -> {
                assertTrue(t.id(), dataset.withheldTools(t.id()).isEmpty());
                t.turns().forEach(turn -> assertTrue(t.id(), turn.addedTools().isEmpty()));
            });
        }
    }

    @Test
    public void longContextFlagFollowsTheCategory() {
        dataset.tasks("long_context").forEach(t -> assertTrue(t.id(), t.longContext()));
        for (String split : List.of("base", "miss_func", "miss_param")) {
            dataset.tasks(split).forEach(t -> assertFalse(t.id(), t.longContext()));
        }
    }

    @Test
    public void keepsTheScenarioAndMessagesAsWritten() {
        Task task = dataset.task("multi_turn_miss_func_0").orElseThrow();
        assertEquals(List.of("TwitterAPI", "GorillaFileSystem"), task.involvedClasses());
        assertEquals(List.of("GorillaFileSystem", "TwitterAPI"), List.copyOf(task.initialConfig().keySet()));
        assertTrue(task.initialConfig().get("TwitterAPI").startsWith("{\"tweet_counter\":3,"));
        assertEquals(Role.USER, task.turns().get(0).messages().get(0).role());
        assertTrue(task.turns().get(0).messages().get(0).content().startsWith("Move 'final_report.pdf'"));
        assertEquals("cd(folder='document')", dataset.task("multi_turn_base_0").orElseThrow()
            .turns().get(0).groundTruth().get(0));
    }

    @Test
    public void keepsFloatLiteralsApartFromInts() {
        String vehicle = dataset.task("multi_turn_base_50").orElseThrow().initialConfig().get("VehicleControlAPI");
        assertTrue(vehicle, vehicle.contains("\"acTemperature\":22.0,"));
        String trading = dataset.task("multi_turn_base_151").orElseThrow().initialConfig().values().stream()
            .filter(c -> c.contains("\"balance\":")).findFirst().orElseThrow();
        assertTrue(trading, trading.contains("\"balance\":3200}"));
    }

    @Test
    public void readsFuncDocsOfTheEightClasses() {
        assertEquals(8, dataset.funcDocs().size());
        assertEquals(128, dataset.funcDocs().values().stream().mapToInt(List::size).sum());
        assertEquals(18, dataset.funcDocs("GorillaFileSystem").size());
        assertEquals(14, dataset.funcDocs("TwitterAPI").size());
        FuncDoc first = dataset.funcDocs("MathAPI").get(0);
        assertEquals("absolute_value", first.name());
        assertTrue(first.json().startsWith("{\"name\": \"absolute_value\""));
    }

    @Test
    public void initialFuncDocsLeaveOutTheWithheldTools() {
        Task task = dataset.task("multi_turn_miss_func_0").orElseThrow();
        List<String> names = dataset.initialFuncDocs(task).stream().map(FuncDoc::name).toList();
        assertFalse(names.contains("sort"));
        assertTrue(names.contains("mv"));
        assertTrue(names.contains("post_tweet"));
        assertEquals(18 + 14 - 1, names.size());
    }

    @Test
    public void unknownIdIsEmpty() {
        assertTrue(dataset.task("multi_turn_base_999").isEmpty());
        assertTrue(dataset.withheldTools("nope").isEmpty());
    }

    @Test
    public void rejectsAFolderWithoutData() throws IOException {
        Path empty = java.nio.file.Files.createTempDirectory("bfcl-empty");
        try {
            BfclDataset.load(empty);
            fail("expected an error");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("no BFCL multi-turn data under"));
        }
    }
}
