package io.envtune.runtime.internal;

import io.envtune.api.Task;
import io.envtune.api.ToolEnvironment;
import io.envtune.api.ToolSpec;
import io.envtune.api.UserTurn;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Which tools the model is offered: every tool of the involved classes except those a miss_func task withholds
 * until their turn. (The executor still runs withheld tools, as BFCL's does; only the offer changes.)
 */
public final class ToolOffer {

    private final List<ToolSpec> all = new ArrayList<>();
    private final Set<String> withheld = new HashSet<>();

    /**
     * @param task the task
     * @param lookup the environment of each class id
     */
    public ToolOffer(Task task, Function<String, ToolEnvironment> lookup) {
        task.involvedClasses().forEach(c -> all.addAll(lookup.apply(c).tools()));
        for (UserTurn t : task.turns()) {
            withheld.addAll(t.addedTools());
        }
    }

    /** @return the tools offered now, in class and declaration order */
    public List<ToolSpec> offered() {
        return all.stream().filter(s -> !withheld.contains(s.name())).toList();
    }

    /**
     * Offers withheld tools from now on.
     *
     * @param names the tools a turn adds
     * @return the specs added, in declaration order
     */
    public List<ToolSpec> addTools(List<String> names) {
        List<ToolSpec> added = all.stream().filter(s -> names.contains(s.name()) && withheld.contains(s.name()))
            .toList();
        names.forEach(withheld::remove);
        return added;
    }
}
