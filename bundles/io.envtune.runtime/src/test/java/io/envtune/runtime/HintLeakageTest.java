package io.envtune.runtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import io.envtune.api.ChatMessage;
import io.envtune.api.EnvironmentInstance;
import io.envtune.api.EnvironmentOptions;
import io.envtune.api.FeedbackAugmenter;
import io.envtune.api.FeedbackEvent;
import io.envtune.api.FeedbackKind;
import io.envtune.api.FeedbackMode;
import io.envtune.api.PromptVariant;
import io.envtune.api.Task;
import io.envtune.api.ToolCall;
import io.envtune.api.ToolEnvironment;
import io.envtune.api.ToolResult;
import io.envtune.api.ToolSpec;
import io.envtune.bfcl.BfclDataset;
import io.envtune.testkit.BfclFixtures;
import io.envtune.toolkit.PyCalls;
import io.envtune.toolkit.PyText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.Test;

/**
 * The leakage guard of the augmentation: every perturbed model trajectory of {@code verdicts_public.jsonl} (they hold
 * many failing calls) is played in augmented mode through an {@link EpisodeSession} whose chain holds every generic
 * and domain augmenter, and no hint shown may contain a ground-truth argument value of the task (strings of length
 * 3 or more, numbers) that the conversation so far, the step's raw results and the tool specs do not already hold.
 */
public class HintLeakageTest {

    private static final String ANSWER = "<think>The request is handled.</think>\n<answer>Done.</answer>";

    /** A hint as shown, with the event that caused it and the augmenter that gave it. */
    private record Shown(FeedbackEvent event, String hint, String by) {
    }

    /** Every domain augmenter (ranking 100) before every generic one (ranking 0), as the whiteboard orders them. */
    private static final List<FeedbackAugmenter> RANKED = List.of(
        new io.envtune.env.filesystem.internal.FileSystemAugmenter(),
        new io.envtune.env.travel.internal.TravelAugmenter(),
        new io.envtune.env.vehicle.internal.VehicleAugmenter(),
        new io.envtune.env.message.internal.MessageAugmenter(),
        new io.envtune.env.posting.internal.PostingAugmenter(),
        new io.envtune.env.ticket.internal.TicketAugmenter(),
        new io.envtune.env.trading.internal.TradingAugmenter(),
        new io.envtune.augment.internal.FormatAugmenter(),
        new io.envtune.augment.internal.UnknownToolAugmenter(),
        new io.envtune.augment.internal.ArgumentAugmenter(),
        new io.envtune.augment.internal.StateAugmenter(),
        new io.envtune.augment.internal.EmptyTurnAugmenter());

    /** The chain of {@link FeedbackAugmenter}: the first non-empty hint in ranking order wins; each one is recorded. */
    private static final class Recorder implements FeedbackAugmenter {
        private final List<FeedbackAugmenter> ranked;
        private final List<Shown> shown = new ArrayList<>();
        private int thrown;

        Recorder(List<FeedbackAugmenter> ranked) {
            this.ranked = ranked;
        }

        @Override
        public Optional<String> hint(FeedbackEvent event) {
            for (FeedbackAugmenter a : ranked) {
                try {
                    Optional<String> h = a.hint(event);
                    if (h.isPresent()) {
                        shown.add(new Shown(event, h.get(), a.getClass().getSimpleName()));
                        return h;
                    }
                } catch (RuntimeException e) {
                    thrown++;
                }
            }
            return Optional.empty();
        }
    }

    @Test
    public void noHintRevealsAGroundTruthValueOverTheWholePublicSet() {
        Recorder recorder = new Recorder(RANKED);
        Outcome out = play(recorder, Long.MAX_VALUE, task -> { });
        Map<String, Long> byAugmenter = new TreeMap<>(recorder.shown.stream()
            .collect(Collectors.groupingBy(Shown::by, Collectors.counting())));
        System.out.println("Hint leakage: " + out.trajectories + " trajectories, " + out.steps + " tool-call steps, "
            + out.skipped + " undecodable calls skipped, " + recorder.shown.size() + " hints checked, "
            + out.leaks.size() + " leaks; hints by augmenter " + byAugmenter);
        recorder.shown.stream().collect(Collectors.toMap(Shown::by, Shown::hint, (a, b) -> a, TreeMap::new))
            .forEach((by, hint) -> System.out.println("  e.g. " + by + ": " + hint));
        writeHints(recorder.shown);
        assertEquals(3338, out.trajectories);
        assertEquals("augmenters threw", 0, recorder.thrown);
        assertTrue("too few hints to mean anything: " + recorder.shown.size(), recorder.shown.size() > 1000);
        assertTrue(out.leaks.size() + " leaks, first: " + out.leaks.stream().limit(10).toList(), out.leaks.isEmpty());
    }

    @Test
    public void theGuardCatchesAnAugmenterThatGivesTheAnswerAway() {
        // A cheating augmenter that quotes the ground truth of the task's turns: the guard must flag it.
        AtomicReference<Task> playing = new AtomicReference<>();
        FeedbackAugmenter cheat = e -> Optional.of("Try exactly: " + playing.get().turns().stream()
            .flatMap(t -> t.groundTruth().stream()).collect(Collectors.joining("; ")));
        Recorder recorder = new Recorder(List.of(cheat));
        Outcome out = play(recorder, 60, playing::set);
        System.out.println("Leakage guard control: a cheating augmenter is flagged on " + out.leaks.size() + " of "
            + recorder.shown.size() + " hints");
        assertTrue("the guard missed the cheat: " + recorder.shown.size() + " hints", out.leaks.size() > 10);
    }

    @Test
    public void augmentersNeverThrowOnGarbageArguments() {
        // Every tool of every domain, each parameter in turn given values of the wrong type or shape.
        List<Object> garbage = List.of(-1L, 2.5, "", "a/b/../c", "x".repeat(5000), List.of(), List.of("a", 1L),
            Map.of(), Map.of("k", List.of()), true);
        BfclDataset data = BfclDataset.load(BfclFixtures.dataDir());
        Function<String, ToolEnvironment> lookup = io.envtune.testkit.BfclDomains.lookup();
        Recorder recorder = new Recorder(RANKED);
        int failures = 0;
        for (String cls : List.of("GorillaFileSystem", "MathAPI", "MessageAPI", "TwitterAPI", "TicketAPI",
            "TradingBot", "TravelAPI", "VehicleControlAPI")) {
            ToolEnvironment env = lookup.apply(cls);
            String scenario = data.tasks().stream().filter(t -> t.initialConfig().containsKey(cls)).findFirst()
                .map(t -> t.initialConfig().get(cls)).orElse("{}");
            for (ToolSpec spec : env.tools()) {
                for (int p = 0; p <= spec.parameters().size(); p++) {
                    for (Object bad : garbage) {
                        Map<String, Object> kwargs = new LinkedHashMap<>();
                        for (int i = 0; i < spec.parameters().size(); i++) {
                            kwargs.put(spec.parameters().get(i).name(), i == p ? bad : "a");
                        }
                        ToolCall call = ToolCall.ofKeywords(spec.name(), kwargs);
                        try (EnvironmentInstance instance = env.create(scenario, EnvironmentOptions.DEFAULT)) {
                            ToolResult r = instance.invoke(call);
                            if (r.failed()) {
                                failures++;
                                recorder.hint(new FeedbackEvent(FeedbackKind.TOOL_FAILURE, call, r.failure(),
                                    r.text(), env.tools()));
                            }
                        }
                    }
                }
            }
        }
        System.out.println("Augmenter robustness: " + failures + " failing garbage calls, " + recorder.shown.size()
            + " hints, " + recorder.thrown + " throws");
        assertTrue(failures > 500);
        assertEquals("augmenters threw", 0, recorder.thrown);
    }

    /** Counts of one pass over the trajectories. */
    private static final class Outcome {
        private int trajectories;
        private int steps;
        private int skipped;
        private final List<String> leaks = new ArrayList<>();
    }

    /** Plays the first {@code limit} trajectories through sessions whose chain is the recorder. */
    private static Outcome play(Recorder recorder, long limit, Consumer<Task> onTask) {
        BfclDataset data = BfclDataset.load(BfclFixtures.dataDir());
        Function<String, ToolEnvironment> lookup = io.envtune.testkit.BfclDomains.lookup();
        AugmenterChain chain = new AugmenterChain(List.of(recorder));
        EpisodeConfig config = new EpisodeConfig("leakage", FeedbackMode.AUGMENTED, PromptVariant.B, 100,
            EmptyTurnCalls.EXECUTE, data.dataDir());
        Outcome out = new Outcome();
        BfclFixtures.fixture("verdicts_public.jsonl").limit(limit).forEach(line -> {
            Task task = data.task(line.get("id").getAsString()).orElseThrow();
            onTask.accept(task);
            String episode = task.id() + "#" + line.get("perturbation").getAsString();
            GroundTruthValues truth = GroundTruthValues.of(task);
            Map<String, ToolSpec> specs = new LinkedHashMap<>();
            task.involvedClasses().forEach(c -> lookup.apply(c).tools().forEach(s -> specs.put(s.name(), s)));
            JsonArray turns = line.getAsJsonArray("model_result_decoded");
            try (EpisodeSession session = new EpisodeSession(episode, task, config, lookup, chain)) {
                for (int t = 0; t < task.turns().size() && !session.done(); t++) {
                    boolean ended = false;
                    for (JsonElement step : t < turns.size() ? turns.get(t).getAsJsonArray() : new JsonArray()) {
                        String response = response(step.getAsJsonArray(), specs, out);
                        if (response != null) {
                            ended = play(session, response, recorder, truth, episode, out.leaks);
                            out.steps++;
                        }
                        if (ended || session.done()) {
                            break;
                        }
                    }
                    if (!ended && !session.done()) {
                        play(session, ANSWER, recorder, truth, episode, out.leaks);
                    }
                }
            }
            out.trajectories++;
        });
        return out;
    }

    /** Leaves every hint in target/ for review: augmenter, tool, failure kind, hint. */
    private static void writeHints(List<Shown> shown) {
        List<String> lines = shown.stream().map(s -> s.by() + "\t" + (s.event().failure() == null
            ? s.event().kind() : s.event().failure().tool() + "\t" + s.event().failure().kind()) + "\t" + s.hint())
            .distinct().sorted().toList();
        try {
            Files.write(Path.of("target", "hint-leakage-hints.tsv"), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends one response and checks the hints it produced against what the model could already see. */
    private static boolean play(EpisodeSession session, String response, Recorder recorder, GroundTruthValues truth,
                                String episode, List<String> leaks) {
        String before = session.messages().stream().map(ChatMessage::content).collect(Collectors.joining("\n"));
        int mark = recorder.shown.size();
        StepReply reply = session.step(response);
        for (Shown s : recorder.shown.subList(mark, recorder.shown.size())) {
            StringBuilder seen = new StringBuilder(before).append('\n').append(response).append('\n')
                .append(s.event().message()).append('\n').append(ToolDocs.render(s.event().availableTools()));
            if (s.event().call() != null) {
                s.event().call().kwargs().values().forEach(v -> seen.append('\n').append(PyText.str(v)));
            }
            truth.leaked(s.hint(), seen.toString())
                .ifPresent(v -> leaks.add(episode + " [" + s.by() + "] leaks " + v + ": " + s.hint()));
        }
        return reply.turnScore() != null;
    }

    /** @return the step's calls in the paper's response format, or null when none decodes */
    private static String response(JsonArray calls, Map<String, ToolSpec> specs, Outcome out) {
        List<String> json = new ArrayList<>();
        for (JsonElement c : calls) {
            try {
                ToolCall call = PyCalls.parse(c.getAsString());
                Map<String, Object> args = new LinkedHashMap<>();
                ToolSpec spec = specs.get(call.name());
                for (int i = 0; i < call.args().size(); i++) {
                    boolean named = spec != null && i < spec.parameters().size();
                    args.put(named ? spec.parameters().get(i).name() : "arg" + i, call.args().get(i));
                }
                args.putAll(call.kwargs());
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("name", call.name());
                entry.put("arguments", args);
                json.add(PyText.dumps(entry));
            } catch (RuntimeException e) {
                out.skipped++;
            }
        }
        return json.isEmpty() ? null
            : "<think>Calling the tools.</think>\n<tool_call>[" + String.join(", ", json) + "]</tool_call>";
    }
}
