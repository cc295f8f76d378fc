package io.envtune.server.internal.openenv;

import com.google.gson.JsonElement;
import io.envtune.api.FeedbackMode;
import java.util.Locale;
import java.util.Set;

/**
 * The data of a {@code reset}: which task, and optionally how to play it.
 *
 * @param taskId a BFCL id such as {@code multi_turn_base_0}, or a task source's id
 * @param stage a curriculum stage name or {@code current}, or null for BFCL evaluation settings
 * @param mode standard or augmented feedback, or null for the stage's
 * @param seed the client's seed, or null; BFCL episodes are deterministic, so it is only recorded in the state
 * @param episodeId the client's label for the episode, or null; shown in the state as {@code client_episode_id}
 */
record ResetRequest(String taskId, String stage, FeedbackMode mode, Long seed, String episodeId) {

    /** The fields a reset's data may have. */
    static final Set<String> FIELDS = Set.of("task_id", "stage", "mode", "seed", "episode_id");

    private static final int MAX_ID = 255;

    /**
     * @param data the {@code data} object of a reset message, or an HTTP {@code /reset} body
     * @param path where it sits in the message, for error texts
     * @return the request
     * @throws BadMessage when a field is unknown, missing, mistyped or out of range
     */
    static ResetRequest decode(JsonElement data, String path) {
        Fields f = Fields.of(data, path, FIELDS);
        String taskId = f.requiredString("task_id", MAX_ID);
        if (taskId.isBlank()) {
            throw Fields.bad(path.isEmpty() ? "task_id" : path + ".task_id", "'task_id' must not be blank");
        }
        String mode = f.choice("mode", Set.of("standard", "augmented"));
        return new ResetRequest(taskId, f.string("stage", MAX_ID),
            mode == null ? null : FeedbackMode.valueOf(mode.toUpperCase(Locale.ROOT)),
            f.integer("seed", 0, Long.MAX_VALUE), f.string("episode_id", MAX_ID));
    }
}
