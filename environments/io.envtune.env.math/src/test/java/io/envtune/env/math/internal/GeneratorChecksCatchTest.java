package io.envtune.env.math.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.envtune.api.ChatMessage;
import io.envtune.api.Role;
import io.envtune.api.Task;
import io.envtune.api.UserTurn;
import io.envtune.testkit.BfclFixtures;
import io.envtune.testkit.GeneratedReplay;
import io.envtune.testkit.KnownTasks;
import io.envtune.testkit.WordingMeasure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** The generator checks of the test kit fail on tasks that break them, so a passing contract test means something. */
public class GeneratorChecksCatchTest {

    private static UserTurn ask(String text, String... calls) {
        return new UserTurn(List.of(new ChatMessage(Role.USER, text)), List.of(calls), List.of());
    }

    private static Task task(String split, UserTurn... turns) {
        return new Task("t", split, List.of("MathAPI"), Map.of("MathAPI", "{}"), List.of(turns), false);
    }

    @Test
    public void replayReportsToolErrorsUnknownToolsAndBadShapes() {
        MathEnvironment env = new MathEnvironment();
        assertEquals(List.of(), GeneratedReplay.problems(task("base", ask("Add.", "add(a=1, b=2)")), env));
        assertEquals(1, GeneratedReplay.problems(task("base", ask("Divide.", "divide(a=1, b=0)")), env).size());
        assertEquals(2, GeneratedReplay.problems(task("base", ask("Cd.", "cd(folder='x')")), env).size());
        // A withheld tool used before the turn that adds it, and a base task with an empty turn.
        Task early = task("miss_func", ask("Add.", "add(a=1, b=2)"), ask("Add again."),
            new UserTurn(List.of(), List.of("add(a=3, b=4)"), List.of("add")));
        assertTrue(GeneratedReplay.problems(early, env).toString(), GeneratedReplay.problems(early, env).stream()
            .anyMatch(p -> p.contains("add is not offered")));
        assertEquals(1, GeneratedReplay.problems(task("base", ask("Nothing.")), env).size());
        assertEquals(1, GeneratedReplay.problems(task("miss_param", ask("Add.", "add(a=1, b=2)")), env).size());
    }

    @Test
    public void knownTasksFindCopiedBuiltinTasksAndBfclQuestions() {
        List<Task> builtin = new MathTasks().validation();
        KnownTasks known = KnownTasks.of(BfclFixtures.bfclDirOrSkip().resolve("data"), builtin);
        assertTrue(known.contains(builtin.get(0)));
        Task copy = builtin.get(0);
        Task renamed = new Task("other", copy.split(), copy.involvedClasses(), copy.initialConfig(), copy.turns(),
            false);
        assertTrue(known.contains(renamed));
        String bfclQuestion = "Move 'final_report.pdf' within document directory to 'temp' directory in document. "
            + "Make sure to create the directory";
        assertEquals(List.of(bfclQuestion), known.knownQuestions(task("base", ask(bfclQuestion, "add(a=1, b=2)"))));
        assertFalse(known.contains(task("base", ask("Add 1 and 2, please.", "add(a=1, b=2)"))));
    }

    @Test
    public void oneTemplatePerToolScoresAsOneWording() {
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            tasks.add(task("base", ask("Add " + i + " and '" + (i * 7) + "x'.", "add(a=" + i + ", b='" + (i * 7) + "x')")));
        }
        WordingMeasure.Intent add = WordingMeasure.measure(tasks).get("add");
        assertEquals(40, add.samples());
        assertEquals(1, add.texts());
        assertEquals(1.0, add.topShare(), 0.0);
        assertEquals(1, add.cores());
    }
}
