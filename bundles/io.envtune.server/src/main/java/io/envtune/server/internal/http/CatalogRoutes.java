package io.envtune.server.internal.http;

import io.envtune.api.Task;
import io.envtune.platform.TaskCatalog;
import io.envtune.platform.TaskPool;
import io.envtune.server.internal.core.ServiceCore;
import java.util.List;

/**
 * What the platform holds, as the shell shows it too: the accepted environments ({@code envtune:envs}) and the
 * train/validation/test split of the served tasks ({@code envtune:stage --action split}), from the same registry and
 * catalog, so both faces give the same answers.
 */
final class CatalogRoutes {

    private final ServiceCore core;

    CatalogRoutes(ServiceCore core) {
        this.core = core;
    }

    List<Route> routes() {
        return List.of(
            new Route("GET", "/v1/environments", c -> Route.Reply.ok(environments()), Route.Kind.READ),
            new Route("GET", "/v1/tasks/split", c -> Route.Reply.ok(split()), Route.Kind.READ));
    }

    /**
     * One accepted environment.
     *
     * @param id its id
     * @param version its version
     * @param tools its number of tools
     */
    record Environment(String id, String version, int tools) {
    }

    /**
     * The environments, by id and then registration order.
     *
     * @param environments each one
     */
    record Environments(List<Environment> environments) {
    }

    /**
     * The served tasks' split, with the shared default seed.
     *
     * @param train training task ids, in split order
     * @param validation validation task ids
     * @param test held-out test task ids (empty for built-in tasks)
     */
    record Split(List<String> train, List<String> validation, List<String> test) {
    }

    private Environments environments() {
        return new Environments(core.plugins().environments().stream().map(e -> new Environment(
            e.environment().id(), e.environment().version(), e.environment().tools().size())).toList());
    }

    private Split split() {
        TaskPool pool = core.catalog().pool(TaskCatalog.DEFAULT_SEED);
        return new Split(ids(pool.allTrain()), ids(pool.allValidation()), ids(pool.allTest()));
    }

    private static List<String> ids(List<Task> tasks) {
        return tasks.stream().map(Task::id).toList();
    }
}
