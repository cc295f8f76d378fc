package io.envtune.runtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.envtune.api.EpisodeRecord;
import io.envtune.api.FeedbackMode;
import io.envtune.api.PromptVariant;
import io.envtune.api.SamplingParams;
import io.envtune.api.Task;
import io.envtune.api.TaskSource;
import io.envtune.api.ToolEnvironment;
import io.envtune.api.ToolResult;
import io.envtune.api.ToolSpec;
import io.envtune.api.TurnScore;
import io.envtune.api.UserTurn;
import io.envtune.bfcl.EpisodeEnvironments;
import io.envtune.runtime.internal.ToolOffer;
import io.envtune.runtime.policy.OraclePolicy;
import io.envtune.toolkit.PyCalls;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The built-in tasks of the eight domain bundles: enough of them, well-formed splits, ground truth that runs cleanly
 * on the real environments, and an oracle that passes every turn through the whole episode protocol.
 */
public class BuiltinTasksTest {

    /** Task source component class to the BFCL class its tasks use. */
    private static final Map<String, String> SOURCES = new LinkedHashMap<>();

    static {
        SOURCES.put("io.envtune.env.filesystem.internal.FileSystemTasks", "GorillaFileSystem");
        SOURCES.put("io.envtune.env.math.internal.MathTasks", "MathAPI");
        SOURCES.put("io.envtune.env.message.internal.MessageTasks", "MessageAPI");
        SOURCES.put("io.envtune.env.posting.internal.PostingTasks", "TwitterAPI");
        SOURCES.put("io.envtune.env.ticket.internal.TicketTasks", "TicketAPI");
        SOURCES.put("io.envtune.env.trading.internal.TradingTasks", "TradingBot");
        SOURCES.put("io.envtune.env.travel.internal.TravelTasks", "TravelAPI");
        SOURCES.put("io.envtune.env.vehicle.internal.VehicleTasks", "VehicleControlAPI");
    }

    private static final Pattern ERROR_KEY = Pattern.compile("[\"']error[\"']\\s*:");

    private static Function<String, ToolEnvironment> lookup;
    private static Map<String, TaskSource> sources;

    @BeforeClass
    public static void load() throws ReflectiveOperationException {
        lookup = io.envtune.testkit.BfclDomains.lookup();
        sources = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : SOURCES.entrySet()) {
            sources.put(e.getValue(), (TaskSource) Class.forName(e.getKey()).getConstructor().newInstance());
        }
    }

    private static List<Task> all(TaskSource source) {
        List<Task> tasks = new ArrayList<>(source.tasks());
        tasks.addAll(source.validation());
        return tasks;
    }

    private static List<Task> everyTask() {
        List<Task> tasks = new ArrayList<>();
        sources.values().forEach(s -> tasks.addAll(all(s)));
        return tasks;
    }

    @Test
    public void everyDomainShipsEnoughTasksWithUniqueIds() {
        Set<String> ids = new HashSet<>();
        sources.forEach((cls, source) -> {
            assertEquals("builtin." + cls, source.id());
            assertTrue(cls + " training", source.tasks().size() >= 5);
            assertTrue(cls + " validation", source.validation().size() >= 3);
            for (Task task : all(source)) {
                assertTrue("duplicate id " + task.id(), ids.add(task.id()));
                assertEquals(task.id(), List.of(cls), task.involvedClasses());
                assertFalse(task.id(), task.longContext());
            }
        });
        assertTrue(ids.size() >= 64);
    }

    @Test
    public void everyDomainCoversTheThreeSplits() {
        sources.forEach((cls, source) -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            all(source).forEach(t -> counts.merge(t.split(), 1, Integer::sum));
            assertTrue(cls + " " + counts, counts.getOrDefault("base", 0) >= 3);
            assertTrue(cls + " " + counts, counts.getOrDefault("miss_func", 0) >= 1);
            assertTrue(cls + " " + counts, counts.getOrDefault("miss_param", 0) >= 1);
            assertEquals(cls + " " + counts, Set.of("base", "miss_func", "miss_param"), counts.keySet());
        });
    }

    @Test
    public void splitsHaveTheirShape() {
        for (Task task : everyTask()) {
            List<UserTurn> turns = task.turns();
            int empty = emptyTurn(task);
            int added = addedTurn(task);
            switch (task.split()) {
                case "base" -> {
                    assertEquals(task.id(), -1, empty);
                    assertEquals(task.id(), -1, added);
                }
                case "miss_param" -> {
                    assertEquals(task.id(), -1, added);
                    assertTrue(task.id(), empty >= 0 && empty + 1 < turns.size());
                    assertFalse(task.id(), turns.get(empty + 1).messages().isEmpty());
                }
                case "miss_func" -> {
                    assertTrue(task.id(), added > 0 && empty == added - 1);
                    assertTrue(task.id(), turns.get(added).messages().isEmpty());
                }
                default -> throw new AssertionError(task.id() + " has split " + task.split());
            }
            turns.forEach(t -> assertTrue(task.id(), !t.messages().isEmpty() || !t.addedTools().isEmpty()));
        }
    }

    /** Every call uses a tool offered at its turn, and a miss_func turn uses a tool it has just added. */
    @Test
    public void groundTruthUsesOnlyOfferedToolsAndTheAddedOnesOnlyOnceAdded() {
        for (Task task : everyTask()) {
            ToolOffer offer = new ToolOffer(task, lookup);
            for (int t = 0; t < task.turns().size(); t++) {
                UserTurn turn = task.turns().get(t);
                offer.addTools(turn.addedTools());
                Set<String> offered = new HashSet<>();
                offer.offered().stream().map(ToolSpec::name).forEach(offered::add);
                for (String call : turn.groundTruth()) {
                    String name = PyCalls.parse(call).name();
                    assertTrue(task.id() + " turn " + t + ": " + name + " not offered", offered.contains(name));
                }
                if (!turn.addedTools().isEmpty()) {
                    assertTrue(task.id() + " turn " + t + " does not use the tool it adds", turn.groundTruth()
                        .stream().anyMatch(c -> turn.addedTools().contains(PyCalls.parse(c).name())));
                }
            }
        }
    }

    @Test
    public void everyGroundTruthCallRunsWithoutAnError() {
        List<String> bad = new ArrayList<>();
        for (Task task : everyTask()) {
            try (EpisodeEnvironments envs = EpisodeEnvironments.open(task, lookup, null)) {
                for (UserTurn turn : task.turns()) {
                    for (String call : turn.groundTruth()) {
                        ToolResult r = envs.execute(call);
                        if (r.failed() || ERROR_KEY.matcher(r.text()).find()) {
                            bad.add(task.id() + ": " + call + " -> " + r.text());
                        }
                    }
                }
            }
        }
        assertTrue(bad.toString(), bad.isEmpty());
    }

    @Test
    public void oraclePassesEveryTurnInEvaluation() {
        List<String> failed = failures(play(everyTask(), EpisodeConfig.evaluation(null)));
        assertTrue(failed.toString(), failed.isEmpty());
    }

    @Test
    public void oraclePassesEveryTurnWithTrainingSettings() {
        EpisodeConfig config = new EpisodeConfig("S3", FeedbackMode.AUGMENTED, PromptVariant.B, 5,
            EmptyTurnCalls.SKIP_WITH_WARNING, null);
        List<String> failed = failures(play(everyTask(), config));
        assertTrue(failed.toString(), failed.isEmpty());
    }

    private static int emptyTurn(Task task) {
        for (int t = 0; t < task.turns().size(); t++) {
            if (task.turns().get(t).groundTruth().isEmpty()) {
                return t;
            }
        }
        return -1;
    }

    private static int addedTurn(Task task) {
        for (int t = 0; t < task.turns().size(); t++) {
            if (!task.turns().get(t).addedTools().isEmpty()) {
                return t;
            }
        }
        return -1;
    }

    private static List<Rollout> play(List<Task> tasks, EpisodeConfig config) {
        try (RolloutExecutor executor = new RolloutExecutor(2, 64)) {
            RolloutExecutor.Plan plan = new RolloutExecutor.Plan(config, lookup, AugmenterChain.EMPTY,
                new SamplingParams(1, 0, 1, 0, 512, List.of(), 1), false);
            List<Rollout> rollouts = executor.runAll(tasks, t -> new OraclePolicy(t, lookup), plan);
            assertEquals(tasks.size(), rollouts.size());
            return rollouts;
        }
    }

    private static List<String> failures(List<Rollout> rollouts) {
        List<String> failed = new ArrayList<>();
        for (Rollout r : rollouts) {
            EpisodeRecord rec = r.record();
            boolean ok = rec.turnScores().size() == rec.turnCount()
                && rec.turnScores().stream().allMatch(TurnScore::passed);
            if (!ok) {
                failed.add(rec.taskId() + " " + rec.turnScores());
            }
        }
        return failed;
    }
}
