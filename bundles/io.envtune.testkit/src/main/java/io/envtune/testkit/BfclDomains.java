package io.envtune.testkit;

import io.envtune.api.ToolEnvironment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The eight BFCL tool environments created outside any framework, with their public constructors as Declarative
 * Services would create them. Their classes are internal to their bundles, so they are named here and loaded
 * reflectively; the caller needs the domain bundles on its class path. One place for tests, benchmarks and fuzzers.
 */
public final class BfclDomains {

    /** The environment classes of the eight domains. */
    public static final List<String> CLASSES = List.of(
        "io.envtune.env.filesystem.internal.FileSystemEnvironment",
        "io.envtune.env.math.internal.MathEnvironment",
        "io.envtune.env.message.internal.MessageEnvironment",
        "io.envtune.env.posting.internal.PostingEnvironment",
        "io.envtune.env.ticket.internal.TicketEnvironment",
        "io.envtune.env.trading.internal.TradingEnvironment",
        "io.envtune.env.travel.internal.TravelEnvironment",
        "io.envtune.env.vehicle.internal.VehicleEnvironment");

    private BfclDomains() {
    }

    /**
     * @return fresh environment services by BFCL class name (one per class, to be shared by every episode, as in the
     *         framework), in the order of {@link #CLASSES}
     * @throws IllegalStateException when an environment class is missing or cannot be created
     */
    public static Map<String, ToolEnvironment> environments() {
        Map<String, ToolEnvironment> byId = new LinkedHashMap<>();
        for (String cls : CLASSES) {
            try {
                ToolEnvironment env = (ToolEnvironment) Class.forName(cls).getConstructor().newInstance();
                byId.put(env.id(), env);
            } catch (ReflectiveOperationException | LinkageError e) {
                throw new IllegalStateException("cannot create " + cls, e);
            }
        }
        return byId;
    }

    /** @return {@link #environments()} as a lookup that answers null for unknown names */
    public static Function<String, ToolEnvironment> lookup() {
        return Map.copyOf(environments())::get;
    }
}
