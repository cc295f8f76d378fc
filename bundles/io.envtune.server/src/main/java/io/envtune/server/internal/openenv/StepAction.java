package io.envtune.server.internal.openenv;

import com.google.gson.JsonElement;
import java.util.Set;

/**
 * The action of a {@code step}: the assistant's whole response text.
 *
 * @param message the assistant's raw message (tool calls in the prompt's format, or an answer)
 */
record StepAction(String message) {

    /**
     * The fields an action may have: {@code message}, and OpenEnv's {@code metadata} (every OpenEnv action carries
     * one; it is accepted and not used).
     */
    static final Set<String> FIELDS = Set.of("message", "metadata");

    /**
     * @param data the action object
     * @param path where it sits in the message, for error texts
     * @param maxChars the longest message accepted
     * @return the action
     * @throws BadMessage when a field is unknown, missing or mistyped
     */
    static StepAction decode(JsonElement data, String path, int maxChars) {
        Fields f = Fields.of(data, path, FIELDS);
        JsonElement metadata = f.raw("metadata");
        if (metadata != null && !metadata.isJsonObject()) {
            throw Fields.bad(path.isEmpty() ? "metadata" : path + ".metadata", "'metadata' must be a JSON object");
        }
        return new StepAction(f.requiredString("message", maxChars));
    }
}
