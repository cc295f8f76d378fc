package io.envtune.server.internal.core;

import io.envtune.api.CurriculumScheduler;
import io.envtune.api.FeedbackMode;
import io.envtune.api.PromptVariant;
import io.envtune.api.Stage;
import io.envtune.runtime.EmptyTurnCalls;
import io.envtune.runtime.EpisodeConfig;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Resolves a request's settings into an {@link EpisodeConfig}: explicit fields first, then the named stage's, then
 * BFCL evaluation settings (standard feedback, prompt B, 20 steps per turn, calls in empty turns executed).
 */
final class EpisodeSettings {

    /** The stage name that means "whatever stage the curriculum is in now". */
    static final String CURRENT = "current";

    private EpisodeSettings() {
    }

    static EpisodeConfig resolve(EpisodeRequest r, Optional<CurriculumScheduler> curriculum, Limits limits,
                                 Path dataDir) {
        EpisodeConfig eval = EpisodeConfig.evaluation(dataDir);
        Stage stage = r.stage() == null || r.stage().isBlank() ? null : stage(r.stage(), curriculum);
        String name = stage == null ? eval.stage() : stage.name();
        FeedbackMode mode = pick(r.feedbackMode(), stage == null ? null : stage.feedbackMode(), eval.feedbackMode());
        PromptVariant prompt = pick(r.promptVariant(), stage == null ? null : stage.promptVariant(),
            eval.promptVariant());
        int cap = pick(r.maxStepsPerTurn(), stage == null ? null : stage.maxStepsPerTurn(), eval.maxStepsPerTurn());
        if (cap < 1 || cap > limits.maxStepsPerTurn()) {
            throw new ServiceError(ServiceError.Kind.BAD_REQUEST, "maxStepsPerTurn must be between 1 and "
                + limits.maxStepsPerTurn() + ", was " + cap);
        }
        EmptyTurnCalls empty = pick(r.emptyTurnCalls(), null, eval.emptyTurnCalls());
        return new EpisodeConfig(name, mode, prompt, cap, empty, dataDir);
    }

    private static Stage stage(String name, Optional<CurriculumScheduler> curriculum) {
        CurriculumScheduler c = curriculum.orElseThrow(() -> new ServiceError(ServiceError.Kind.UNAVAILABLE,
            "stage '" + name + "' asked for, but no curriculum scheduler is registered"));
        if (name.equals(CURRENT)) {
            return c.current();
        }
        return c.stages().stream().filter(s -> s.name().equals(name)).findFirst()
            .orElseThrow(() -> new ServiceError(ServiceError.Kind.NOT_FOUND, "unknown stage '" + name
                + "'; stages: " + c.stages().stream().map(Stage::name).toList() + " or current"));
    }

    private static <T> T pick(T explicit, T fromStage, T fallback) {
        return explicit != null ? explicit : fromStage != null ? fromStage : fallback;
    }
}
