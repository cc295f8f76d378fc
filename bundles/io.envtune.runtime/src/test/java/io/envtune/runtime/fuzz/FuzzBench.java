package io.envtune.runtime.fuzz;

import io.envtune.toolkit.fuzz.CallMutator;
import io.envtune.toolkit.fuzz.CallShape;
import io.envtune.toolkit.fuzz.FuzzRun;
import io.envtune.toolkit.fuzz.Hostile;
import io.envtune.toolkit.fuzz.RegressionLines;
import io.envtune.api.FeedbackAugmenter;
import io.envtune.api.FeedbackEvent;
import io.envtune.api.Task;
import io.envtune.api.ToolEnvironment;
import io.envtune.api.ToolSpec;
import io.envtune.api.UserTurn;
import io.envtune.bfcl.BfclDataset;
import io.envtune.runtime.AugmenterChain;
import io.envtune.testkit.BfclDomains;
import io.envtune.testkit.BfclFixtures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * What the runtime fuzzers work on: the BFCL data set (tasks and their ground-truth calls, read by path from
 * shared/bfcl), the eight domains created with their public constructors as DS would, and every augmenter in ranking
 * order, each wrapped so that an exception it throws (which the chain swallows by design) is counted and reported.
 */
public final class FuzzBench {


    /** Domain augmenters (ranking 100) before the generic ones (ranking 0), as the whiteboard orders them. */
    private static final List<String> AUGMENTERS = List.of(
        "io.envtune.env.filesystem.internal.FileSystemAugmenter", "io.envtune.env.travel.internal.TravelAugmenter",
        "io.envtune.env.vehicle.internal.VehicleAugmenter", "io.envtune.env.message.internal.MessageAugmenter",
        "io.envtune.env.posting.internal.PostingAugmenter", "io.envtune.env.ticket.internal.TicketAugmenter",
        "io.envtune.env.trading.internal.TradingAugmenter", "io.envtune.augment.internal.FormatAugmenter",
        "io.envtune.augment.internal.UnknownToolAugmenter", "io.envtune.augment.internal.ArgumentAugmenter",
        "io.envtune.augment.internal.StateAugmenter", "io.envtune.augment.internal.EmptyTurnAugmenter");

    final BfclDataset data;
    final Function<String, ToolEnvironment> lookup;
    final AugmenterChain augmenters;
    final List<String> corpus;
    /** Augmenter name and exception class to how often it threw. */
    final Map<String, AtomicInteger> augmenterThrows = new ConcurrentHashMap<>();

    /** Loads the data set and creates the domains and augmenters. */
    FuzzBench() {
        data = BfclDataset.load(BfclFixtures.dataDir());
        lookup = environments();
        augmenters = new AugmenterChain(augmenters());
        Set<String> calls = new LinkedHashSet<>();
        for (Task t : data.tasks()) {
            for (UserTurn turn : t.turns()) {
                calls.addAll(turn.groundTruth());
            }
        }
        corpus = new ArrayList<>(calls);
    }

    /** @return a lookup of the eight domains by BFCL class name, created with their public constructors */
    public static Function<String, ToolEnvironment> environments() {
        return BfclDomains.lookup();
    }

    /** @return every tool of the eight domains, by environment id */
    Map<String, List<ToolSpec>> allTools() {
        Map<String, List<ToolSpec>> out = new LinkedHashMap<>();
        BfclDomains.environments().forEach((id, env) -> out.put(id, env.tools()));
        return out;
    }

    /** @return every augmenter in ranking order, as the whiteboard chains them */
    public static AugmenterChain augmenterChain() {
        List<FeedbackAugmenter> out = new ArrayList<>();
        AUGMENTERS.forEach(cls -> out.add((FeedbackAugmenter) instantiate(cls)));
        return new AugmenterChain(out);
    }

    private List<FeedbackAugmenter> augmenters() {
        List<FeedbackAugmenter> out = new ArrayList<>();
        for (String cls : AUGMENTERS) {
            FeedbackAugmenter a = (FeedbackAugmenter) instantiate(cls);
            String name = cls.substring(cls.lastIndexOf('.') + 1);
            out.add(event -> counted(name, a, event));
        }
        return out;
    }

    private Optional<String> counted(String name, FeedbackAugmenter a, FeedbackEvent event) {
        try {
            return a.hint(event);
        } catch (RuntimeException e) {
            augmenterThrows.computeIfAbsent(name + " " + e, k -> new AtomicInteger()).incrementAndGet();
            throw e;
        }
    }

    /** @return a line about augmenter exceptions, which the chain skips (the hint is lost, the episode goes on) */
    String augmenterReport() {
        return augmenterThrows.isEmpty() ? "augmenter exceptions: none"
            : "augmenter exceptions (skipped by the chain, hint lost): " + augmenterThrows;
    }

    private static Object instantiate(String cls) {
        try {
            return Class.forName(cls).getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + cls, e);
        }
    }
}
