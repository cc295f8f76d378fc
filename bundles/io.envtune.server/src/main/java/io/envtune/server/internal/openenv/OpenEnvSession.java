package io.envtune.server.internal.openenv;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.envtune.server.internal.core.ServiceError;
import io.envtune.server.internal.core.ServiceMetrics;
import java.util.Set;
import java.util.TreeSet;

/**
 * One WebSocket connection's episode session, without the transport: it answers each OpenEnv message with the
 * message OpenEnv's server would send, and holds at most one episode (a second reset closes the first). Every
 * refusal is an {@code error} message and the connection stays usable; only {@code close} ends it. Its episode is
 * closed when the session is {@linkplain #release() released}, however the connection ended. Thread-safe (one
 * message at a time).
 */
final class OpenEnvSession {

    /** The message types and the fields each may carry, as OpenEnv's message models allow them. */
    private static final Set<String> WITH_DATA = Set.of("type", "data");
    private static final Set<String> TYPE_ONLY = Set.of("type");

    private final OpenEnvEpisodes episodes;
    private final ServiceMetrics metrics;
    private final int maxMessageChars;
    private String episodeId;
    private ResetRequest opened;
    private boolean released;

    /**
     * @param episodes the episodes
     * @param metrics where each message's latency and outcome are counted
     * @param maxMessageChars the longest assistant message accepted
     */
    OpenEnvSession(OpenEnvEpisodes episodes, ServiceMetrics metrics, int maxMessageChars) {
        this.episodes = episodes;
        this.metrics = metrics;
        this.maxMessageChars = maxMessageChars;
    }

    /**
     * What to send back, and whether to close the connection after it.
     *
     * @param text the message to send, or null for none
     * @param close whether the connection ends
     */
    record Answer(String text, boolean close) {
    }

    /**
     * @param text one whole message from the client
     * @return the answer
     */
    synchronized Answer handle(String text) {
        long start = System.nanoTime();
        int status = 200;
        boolean step = false;
        try {
            JsonObject message = Fields.parse(text);
            String type = type(message);
            step = type.equals("step");
            return new Answer(dispatch(type, message), type.equals("close"));
        } catch (BadMessage e) {
            status = e.code() == BadMessage.Code.UNKNOWN_TYPE ? 404 : 400;
            return new Answer(Wire.error(e.code().name(), e.getMessage(),
                e.code() == BadMessage.Code.VALIDATION_ERROR ? e.field() : null), false);
        } catch (ServiceError e) {
            status = e.kind().status();
            return new Answer(Wire.error(code(e), e.getMessage(), null), false);
        } catch (RuntimeException e) {
            status = 500;
            return new Answer(Wire.error("EXECUTION_ERROR", "internal error: " + e, null), false);
        } finally {
            metrics.request(status, (System.nanoTime() - start) / 1000, step);
        }
    }

    /**
     * An over-long message, refused without reading it; the connection stays usable.
     *
     * @param maxBytes the limit it passed
     * @return the error message
     */
    String tooLarge(int maxBytes) {
        metrics.request(413, 0, false);
        return Wire.error("VALIDATION_ERROR", "message larger than " + maxBytes + " bytes refused", null);
    }

    /** @return the error message for a binary frame */
    String binary() {
        metrics.request(400, 0, false);
        return Wire.error("VALIDATION_ERROR", "binary messages are not part of the protocol: send JSON as text",
            null);
    }

    private static String type(JsonObject message) {
        JsonElement t = message.get("type");
        if (t == null || t.isJsonNull()) {
            throw new BadMessage(BadMessage.Code.UNKNOWN_TYPE, "type", "the message has no 'type'; one of "
                + "[close, reset, state, step]");
        }
        if (!t.isJsonPrimitive() || !t.getAsJsonPrimitive().isString()) {
            throw new BadMessage(BadMessage.Code.VALIDATION_ERROR, "type", "'type' must be a string");
        }
        return t.getAsString();
    }

    private String dispatch(String type, JsonObject message) {
        switch (type) {
            case "reset":
                Fields.of(message, "", WITH_DATA);
                return reset(ResetRequest.decode(message.has("data") ? message.get("data") : new JsonObject(),
                    "data"));
            case "step":
                Fields f = Fields.of(message, "", WITH_DATA);
                if (!f.has("data")) {
                    throw Fields.bad("data", "'data' is required: {\"message\": \"<the assistant's text>\"}");
                }
                return step(StepAction.decode(message.get("data"), "data", maxMessageChars));
            case "state":
                Fields.of(message, "", TYPE_ONLY);
                return Wire.message("state", episodeId == null ? Views.State.none()
                    : episodes.state(episodeId, opened));
            case "close":
                Fields.of(message, "", TYPE_ONLY);
                release();
                return null;
            default:
                throw new BadMessage(BadMessage.Code.UNKNOWN_TYPE, "type", "unknown message type '" + type
                    + "'; one of " + new TreeSet<>(Set.of("reset", "step", "state", "close")));
        }
    }

    private String reset(ResetRequest r) {
        closeEpisode();
        if (released) {
            // The connection is gone; an episode opened now would never be closed by it.
            throw new ServiceError(ServiceError.Kind.CONFLICT, "this session is closed");
        }
        OpenEnvEpisodes.Opened o = episodes.reset(r);
        episodeId = o.episodeId();
        opened = r;
        return Wire.message("observation", o.result());
    }

    private String step(StepAction action) {
        if (episodeId == null) {
            throw new ServiceError(ServiceError.Kind.CONFLICT, "no episode on this connection: send a reset with a "
                + "task_id first");
        }
        return Wire.message("observation", episodes.step(episodeId, action));
    }

    private static String code(ServiceError e) {
        switch (e.kind()) {
            case BAD_REQUEST:
                return "VALIDATION_ERROR";
            case TOO_MANY:
            case OVER_BUDGET:
                return "CAPACITY_REACHED";
            default:
                return "EXECUTION_ERROR";
        }
    }

    private void closeEpisode() {
        String id = episodeId;
        episodeId = null;
        opened = null;
        if (id != null) {
            episodes.close(id);
        }
    }

    /** Closes the episode, if any; called once the connection is gone, however it ended. Idempotent. */
    synchronized void release() {
        released = true;
        closeEpisode();
    }

    /** @return the open episode's id, or null */
    synchronized String episodeId() {
        return episodeId;
    }
}
