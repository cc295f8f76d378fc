package io.envtune.testkit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.envtune.api.ChatMessage;
import io.envtune.api.Task;
import io.envtune.api.TaskSource;
import io.envtune.api.UserTurn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.Test;

/**
 * The held-out check a task source with validation tasks runs, as a JUnit 4 test to extend: implement
 * {@link #source()}. Validation figures measure generalisation only when the validation tasks are not training tasks
 * under another name, so it requires: at least {@link #minimumValidationTasks()} validation tasks covering the
 * {@code base}, {@code miss_func} and {@code miss_param} splits; no validation id among the training ids; and no
 * validation task equal to a training task or to another validation task, either in everything but its id or in its
 * user messages alone. A failure names the offending ids. That the ground truth replays cleanly and the oracle passes
 * every turn is checked once for every built-in domain, by the runtime's {@code BuiltinTasksTest}.
 *
 * <pre>public final class MathTasksTest extends HeldOutTasksTest {
 *     {@literal @}Override protected TaskSource source() { return new MathTasks(); }
 * }</pre>
 */
public abstract class HeldOutTasksTest {

    /** The splits every validation set must cover. */
    private static final Set<String> SPLITS = Set.of("base", "miss_func", "miss_param");

    /** @return the task source under test, freshly created */
    protected abstract TaskSource source();

    /** @return how many validation tasks the source must ship; 15 for a built-in domain */
    protected int minimumValidationTasks() {
        return 15;
    }

    /** The source ships at least {@link #minimumValidationTasks()} validation tasks. */
    @Test
    public void shipsEnoughValidationTasks() {
        TaskSource source = source();
        int count = source.validation().size();
        assertTrue(source.id() + " has " + count + " validation tasks, needs " + minimumValidationTasks(),
            count >= minimumValidationTasks());
    }

    /** Every split appears among the validation tasks, and no other. */
    @Test
    public void validationCoversTheThreeSplits() {
        Set<String> splits = new TreeSet<>();
        source().validation().forEach(t -> splits.add(t.split()));
        assertEquals(new TreeSet<>(SPLITS), splits);
    }

    /** A validation id never names a training task. */
    @Test
    public void validationIdsAreNotTrainingIds() {
        TaskSource source = source();
        Set<String> trainIds = new TreeSet<>();
        source.tasks().forEach(t -> trainIds.add(t.id()));
        List<String> shared = source.validation().stream().map(Task::id).filter(trainIds::contains).toList();
        assertEquals(source.id() + ": validation ids also used for training", List.of(), shared);
    }

    /** No validation task is a training task, or another validation task, with only its id changed. */
    @Test
    public void noValidationTaskRepeatsAnotherTaskApartFromItsId() {
        TaskSource source = source();
        assertEquals(source.id() + ": validation tasks equal to another task but for the id", List.of(),
            repeats(source, HeldOutTasksTest::withoutId));
    }

    /** No validation task asks exactly what a training task, or another validation task, asks. */
    @Test
    public void noValidationTaskRepeatsAnotherTasksQuestions() {
        TaskSource source = source();
        assertEquals(source.id() + ": validation tasks asking what another task asks", List.of(),
            repeats(source, HeldOutTasksTest::questions));
    }

    /**
     * @param source the task source
     * @param key what makes two tasks the same
     * @return {@code "validation id = earlier id"} for every validation task whose key a training task or an earlier
     *         validation task already has
     */
    private static List<String> repeats(TaskSource source, Function<Task, Object> key) {
        Map<Object, String> seen = new HashMap<>();
        source.tasks().forEach(t -> seen.putIfAbsent(key.apply(t), t.id()));
        List<String> repeats = new ArrayList<>();
        for (Task task : source.validation()) {
            String earlier = seen.putIfAbsent(key.apply(task), task.id());
            if (earlier != null) {
                repeats.add(task.id() + " = " + earlier);
            }
        }
        return repeats;
    }

    /** @return the task with a blank id, so that record equality compares everything else */
    private static Object withoutId(Task task) {
        return new Task("", task.split(), task.involvedClasses(), task.initialConfig(), task.turns(),
            task.longContext());
    }

    /** @return the user messages of every turn, in order */
    private static Object questions(Task task) {
        List<List<ChatMessage>> out = new ArrayList<>();
        for (UserTurn turn : task.turns()) {
            out.add(turn.messages());
        }
        return out;
    }
}
