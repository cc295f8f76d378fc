package io.envtune.testkit;

import static java.lang.System.Logger.Level.INFO;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import io.envtune.api.GenerationSettings;
import io.envtune.api.Task;
import io.envtune.api.TaskGenerator;
import io.envtune.api.TaskSource;
import io.envtune.api.ToolEnvironment;
import io.envtune.api.UserTurn;
import io.envtune.toolkit.PyCalls;
import io.envtune.toolkit.TaskLines;
import io.envtune.toolkit.generate.Distractors;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * The contract every {@link TaskGenerator} keeps, as a JUnit 4 test to extend: implement {@link #generator()},
 * {@link #environment()} and {@link #builtinTasks()}. Over {@link #count()} tasks (at least 1000, seed fixed, the
 * default settings) it checks that the ground truth replays without a tool error on fresh instances, in BFCL's split
 * shapes ({@link GeneratedReplay}); that no task equals a BFCL entry or a built-in task and no question text is
 * copied from one ({@link KnownTasks}); that wording varies per tool intent ({@link WordingMeasure}: for every intent
 * seen at least {@value #MIN_SAMPLES} times, at least {@value #MIN_TEXTS} distinct masked texts, the most frequent at
 * most {@value #MAX_TOP_SHARE} of them, and at least {@value #MIN_CORES} distinct phrasings of the domain's own); that
 * the same settings give the same tasks with distinct ids, and another seed other tasks; that each split alone and
 * the difficulty settings (turns, calls per turn, distractor classes) are followed; and that tasks survive the task
 * line format. The oracle's score through the episode protocol is checked where the runtime is on the class path
 * (the runtime module's tests), since this kit sits below it.
 */
public abstract class GeneratorContractTest {

    private static final System.Logger LOG = System.getLogger(GeneratorContractTest.class.getName());

    /** Fewest samples of an intent before its wording is judged. */
    public static final int MIN_SAMPLES = 30;
    /** Fewest distinct masked texts per judged intent. */
    public static final int MIN_TEXTS = 10;
    /** Largest share of one masked text per judged intent. */
    public static final double MAX_TOP_SHARE = 0.25;
    /** Fewest distinct domain phrasings (framing words removed) per judged intent. */
    public static final int MIN_CORES = 3;

    /** @return the generator under test */
    protected abstract TaskGenerator generator();

    /** @return its environment */
    protected abstract ToolEnvironment environment();

    /** @return the domain's built-in task source; its training and validation tasks must not be copied */
    protected abstract TaskSource builtinTasks();

    /** @return how many tasks the checks generate; at least 1000 */
    protected int count() {
        return 1200;
    }

    /** @return the fixed seed */
    protected long seed() {
        return 20261207L;
    }

    private List<Task> tasks() {
        assertTrue("count() must be at least 1000", count() >= 1000);
        return generator().generate(GenerationSettings.of(count(), seed()));
    }

    @Test
    public void generatorNamesItsEnvironment() {
        assertEquals(environment().id(), generator().environmentId());
    }

    @Test
    public void groundTruthReplaysWithoutAToolError() {
        List<Task> tasks = tasks();
        assertEquals(count(), tasks.size());
        List<String> problems = new ArrayList<>();
        tasks.forEach(t -> problems.addAll(GeneratedReplay.problems(t, environment())));
        assertTrue(problems.size() + " problems, first: " + problems.stream().limit(8).toList(), problems.isEmpty());
    }

    @Test
    public void noTaskCopiesABfclEntryOrABuiltinTask() {
        List<Task> builtin = new ArrayList<>(builtinTasks().tasks());
        builtin.addAll(builtinTasks().validation());
        assertTrue("no built-in tasks", !builtin.isEmpty());
        KnownTasks known = KnownTasks.of(BfclFixtures.bfclDirOrSkip().resolve("data"), builtin);
        assertTrue("BFCL has 637 distinct multi-turn entries, read " + known.size(), known.size() >= 600);
        List<String> copied = new ArrayList<>();
        for (Task t : tasks()) {
            if (known.contains(t)) {
                copied.add(t.id());
            }
            known.knownQuestions(t).forEach(q -> copied.add(t.id() + ": " + q));
        }
        assertTrue(copied.size() + " copies, first: " + copied.stream().limit(8).toList(), copied.isEmpty());
    }

    @Test
    public void wordingVariesPerToolIntent() {
        List<Task> tasks = tasks();
        Map<String, WordingMeasure.Intent> intents = WordingMeasure.measure(tasks);
        List<String> poor = new ArrayList<>();
        int judged = 0;
        for (WordingMeasure.Intent i : intents.values()) {
            if (i.samples() >= MIN_SAMPLES) {
                judged++;
                if (i.texts() < MIN_TEXTS || i.topShare() > MAX_TOP_SHARE || i.cores() < MIN_CORES) {
                    poor.add(i.toString());
                }
            }
        }
        Set<String> used = new HashSet<>();
        tasks.forEach(t -> t.turns().forEach(u -> u.groundTruth().forEach(c -> used.add(PyCalls.parse(c).name()))));
        LOG.log(INFO, WordingReport.line(environment().id(), tasks, intents) + ", tools used " + used.size() + "/"
            + environment().tools().size());
        assertTrue("no intent seen " + MIN_SAMPLES + " times", judged > 0);
        assertTrue("poorly worded intents: " + poor, poor.isEmpty());
        assertTrue("tools used: " + used, used.size() * 2 >= environment().tools().size());
    }

    @Test
    public void sameSettingsGiveSameTasksWithDistinctIds() {
        List<Task> a = tasks();
        assertEquals(a, tasks());
        Set<String> ids = new HashSet<>();
        Pattern id = Pattern.compile("gen_[a-z]+_(base|miss_func|miss_param)_" + seed() + "_\\d+");
        for (int i = 0; i < a.size(); i++) {
            Task t = a.get(i);
            assertTrue("duplicate id " + t.id(), ids.add(t.id()));
            assertTrue(t.id(), id.matcher(t.id()).matches() && t.id().endsWith("_" + i));
            assertEquals(t.id(), GenerationSettings.SPLITS.get(i % 3), t.split());
        }
        List<Task> other = generator().generate(GenerationSettings.of(300, seed() + 1));
        Set<List<UserTurn>> seen = new HashSet<>();
        a.forEach(t -> seen.add(t.turns()));
        long same = other.stream().filter(t -> seen.contains(t.turns())).count();
        assertTrue(same + " of 300 tasks repeat under another seed", same <= 3);
    }

    @Test
    public void eachSplitAloneAndTheDifficultySettingsAreFollowed() {
        List<GenerationSettings> all = new ArrayList<>();
        for (String split : GenerationSettings.SPLITS) {
            all.add(new GenerationSettings(150, seed(), List.of(split), 1, 4, 2, 0));
        }
        all.add(new GenerationSettings(150, seed(), GenerationSettings.SPLITS, 1, 1, 1, 0));
        all.add(new GenerationSettings(150, seed(), GenerationSettings.SPLITS, 4, 4, 4, 2));
        all.add(new GenerationSettings(150, seed(), GenerationSettings.SPLITS, 2, 3, 3, 1));
        for (GenerationSettings s : all) {
            List<Task> tasks = generator().generate(s);
            assertEquals(s.count(), tasks.size());
            int most = 0;
            for (Task t : tasks) {
                assertTrue(t.id(), s.splits().contains(t.split()));
                int extra = t.split().equals("base") ? 0 : 1;
                int turns = t.turns().size() - extra;
                assertTrue(t.id() + " has " + turns + " turns", turns >= s.minTurns() && turns <= s.maxTurns());
                for (UserTurn u : t.turns()) {
                    assertTrue(t.id() + " " + u.groundTruth(), u.groundTruth().size() <= s.maxCallsPerTurn());
                    most = Math.max(most, u.groundTruth().size());
                }
                assertEquals(t.id(), 1 + s.extraClasses(), t.involvedClasses().size());
                assertTrue(t.id(), t.involvedClasses().contains(environment().id())
                    && Distractors.BFCL_CLASSES.containsAll(t.involvedClasses()));
                List<String> problems = GeneratedReplay.problems(t, environment());
                assertTrue(problems.toString(), problems.isEmpty());
            }
            assertEquals(s + ": most calls in a turn", s.maxCallsPerTurn(), most);
        }
    }

    @Test
    public void tasksSurviveTheTaskLineFormat() {
        List<Task> tasks = tasks();
        StringBuilder text = new StringBuilder();
        tasks.forEach(t -> text.append(TaskLines.encode(t)).append('\n'));
        List<Task> back = TaskLines.read(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)),
            "generated.jsonl");
        assertEquals(tasks.size(), back.size());
        for (int i = 0; i < tasks.size(); i++) {
            assertEquals(tasks.get(i).id(), tasks.get(i), back.get(i));
        }
    }
}
