package io.envtune.server.internal.core;

import io.envtune.api.Stage;
import io.envtune.platform.Plugins;
import io.envtune.platform.TaskCatalog;
import io.envtune.runtime.EpisodeConfig;
import io.envtune.runtime.EpisodeOverrides;
import java.util.NoSuchElementException;

/**
 * The server's part of opening an episode's settings: the stage is looked up by name in the registered curriculum,
 * the platform's one mapping ({@link EpisodeConfig#of}: explicit fields, then the stage's, then BFCL evaluation
 * settings) does the rest, and the server's step limit is applied. The held-out test part is kept apart where the
 * server hands out training tasks ({@code GET /v1/curriculum/tasks} lists only the training part, as in-process
 * training draws them); a client that names a task id explicitly may still play it under any settings, so that
 * evaluation and existing adapters keep working.
 */
final class EpisodeSettings {

    private EpisodeSettings() {
    }

    static EpisodeConfig resolve(EpisodeRequest r, Plugins plugins, TaskCatalog catalog, Limits limits) {
        Integer asked = r.maxStepsPerTurn();
        if (asked != null && (asked < 1 || asked > limits.maxStepsPerTurn())) {
            throw capError(asked, limits);
        }
        Stage stage = r.stage() == null || r.stage().isBlank() ? null : stage(r.stage(), plugins);
        EpisodeConfig config = EpisodeConfig.of(stage, new EpisodeOverrides(r.feedbackMode(), r.promptVariant(),
            asked, r.emptyTurnCalls(), catalog.dataDir()));
        if (config.maxStepsPerTurn() > limits.maxStepsPerTurn()) {
            throw capError(config.maxStepsPerTurn(), limits);
        }
        return config;
    }

    private static ServiceError capError(int cap, Limits limits) {
        return new ServiceError(ServiceError.Kind.BAD_REQUEST, "maxStepsPerTurn must be between 1 and "
            + limits.maxStepsPerTurn() + ", was " + cap);
    }

    /** A stage by name, with the service's errors: 503 without a curriculum, 404 for an unknown name. */
    static Stage stage(String name, Plugins plugins) {
        try {
            return plugins.stage(name);
        } catch (IllegalStateException e) {
            throw new ServiceError(ServiceError.Kind.UNAVAILABLE, e.getMessage());
        } catch (NoSuchElementException e) {
            throw new ServiceError(ServiceError.Kind.NOT_FOUND, e.getMessage());
        }
    }
}
