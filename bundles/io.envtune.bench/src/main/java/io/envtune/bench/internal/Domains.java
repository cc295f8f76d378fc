package io.envtune.bench.internal;

import io.envtune.api.ToolEnvironment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The eight BFCL environments, created with their public constructors as Declarative Services would, outside any
 * framework. The classes are internal to their bundles, so they are named here and loaded reflectively.
 */
public final class Domains {

    private static final List<String> CLASSES = List.of(
        "io.envtune.env.filesystem.internal.FileSystemEnvironment",
        "io.envtune.env.math.internal.MathEnvironment",
        "io.envtune.env.message.internal.MessageEnvironment",
        "io.envtune.env.posting.internal.TwitterEnvironment",
        "io.envtune.env.ticket.internal.TicketEnvironment",
        "io.envtune.env.trading.internal.TradingEnvironment",
        "io.envtune.env.travel.internal.TravelEnvironment",
        "io.envtune.env.vehicle.internal.VehicleEnvironment");

    private Domains() {
    }

    /**
     * @return a lookup from BFCL class name to a fresh environment service (one per class, shared by every episode,
     *         as in the framework); returns null for unknown names
     * @throws IllegalStateException when an environment class cannot be created
     */
    public static Function<String, ToolEnvironment> lookup() {
        Map<String, ToolEnvironment> byId = new HashMap<>();
        for (String cls : CLASSES) {
            try {
                ToolEnvironment env = (ToolEnvironment) Class.forName(cls).getConstructor().newInstance();
                byId.put(env.id(), env);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot create " + cls, e);
            }
        }
        return Map.copyOf(byId)::get;
    }
}
