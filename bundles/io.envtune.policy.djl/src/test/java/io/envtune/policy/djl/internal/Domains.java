package io.envtune.policy.djl.internal;

import io.envtune.api.Task;
import io.envtune.api.TaskSource;
import io.envtune.api.ToolEnvironment;
import io.envtune.api.ToolSpec;
import io.envtune.testkit.BfclDomains;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The eight domain environments and their built-in task sources, created without OSGi (test class path). */
final class Domains {

    private static final List<String> SOURCES = List.of(
        "io.envtune.env.filesystem.internal.FileSystemTasks", "io.envtune.env.math.internal.MathTasks",
        "io.envtune.env.message.internal.MessageTasks", "io.envtune.env.posting.internal.TwitterTasks",
        "io.envtune.env.ticket.internal.TicketTasks", "io.envtune.env.trading.internal.TradingTasks",
        "io.envtune.env.travel.internal.TravelTasks", "io.envtune.env.vehicle.internal.VehicleTasks");

    private static final Map<String, ToolEnvironment> ENVIRONMENTS = BfclDomains.environments();

    private Domains() {
    }

    static Function<String, ToolEnvironment> lookup() {
        return ENVIRONMENTS::get;
    }

    /** @return every domain's tools, in domain order */
    static List<ToolSpec> tools() {
        List<ToolSpec> out = new ArrayList<>();
        ENVIRONMENTS.values().forEach(e -> out.addAll(e.tools()));
        return out;
    }

    static List<TaskSource> sources() {
        List<TaskSource> out = new ArrayList<>();
        for (String cls : SOURCES) {
            try {
                out.add((TaskSource) Class.forName(cls).getConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(cls, e);
            }
        }
        return out;
    }

    static List<Task> training() {
        List<Task> out = new ArrayList<>();
        sources().forEach(s -> out.addAll(s.tasks()));
        return out;
    }

    static List<Task> validation() {
        List<Task> out = new ArrayList<>();
        sources().forEach(s -> out.addAll(s.validation()));
        return out;
    }
}
