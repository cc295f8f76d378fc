package io.envtune.server.internal.openenv;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.envtune.server.internal.OracleScript;
import java.net.http.WebSocket;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * One session of the WebSocket load: its own connection, on which it plays oracle episodes back to back (reset,
 * steps with a think pause before each, state to check success, then the next task's reset on the same connection).
 * Step latency is measured from the send to the last fragment of the reply. Driven by the JDK client's threads and
 * the bench's scheduler; at most one message in flight.
 */
final class WsSlot implements WebSocket.Listener {

    private final WsLoad load;
    private final int index;
    private final StringBuilder part = new StringBuilder();
    private WebSocket socket;
    private OracleScript script;
    private int episode;
    private int turn;
    private boolean after;
    private boolean stepping;
    private volatile long sentNanos;

    WsSlot(WsLoad load, int index) {
        this.load = load;
        this.index = index;
    }

    void start(WebSocket ws) {
        this.socket = ws;
        reset();
    }

    private void reset() {
        script = load.script(index + (long) episode * load.slots());
        episode++;
        turn = 0;
        after = false;
        send("{\"type\":\"reset\",\"data\":{\"task_id\":\"" + script.taskId() + "\"}}", false);
    }

    private void send(String text, boolean step) {
        stepping = step;
        transmit(text);
    }

    /**
     * The JDK client marks a send finished only after its future completes, on another thread, so a send made as
     * soon as the reply arrives can still find the previous one "pending"; it is retried a moment later.
     */
    private void transmit(String text) {
        sentNanos = System.nanoTime();
        socket.sendText(text, true).whenComplete((w, t) -> {
            Throwable cause = t instanceof java.util.concurrent.CompletionException ? t.getCause() : t;
            if (cause instanceof IllegalStateException) {
                load.scheduler().schedule(() -> transmit(text), 100, TimeUnit.MICROSECONDS);
            } else if (cause != null) {
                load.error("send: " + cause);
            }
        });
    }

    private void stepLater() {
        long think = load.thinkMicros();
        Runnable step = () -> {
            JsonObject data = new JsonObject();
            data.addProperty("message", script.next(turn, after));
            JsonObject m = new JsonObject();
            m.addProperty("type", "step");
            m.add("data", data);
            send(m.toString(), true);
        };
        if (think == 0) {
            step.run();
        } else {
            long pause = (long) (think * (0.5 + ThreadLocalRandom.current().nextDouble()));
            load.scheduler().schedule(step, pause, TimeUnit.MICROSECONDS);
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
        part.append(data);
        ws.request(1);
        if (!last) {
            return null;
        }
        long micros = (System.nanoTime() - sentNanos) / 1000;
        JsonObject reply = JsonParser.parseString(part.toString()).getAsJsonObject();
        part.setLength(0);
        try {
            answer(reply, micros);
        } catch (RuntimeException e) {
            load.error(e + " on " + reply);
        }
        return null;
    }

    private void answer(JsonObject reply, long micros) {
        String type = reply.get("type").getAsString();
        if (type.equals("error")) {
            load.error(reply.toString());
            return;
        }
        if (type.equals("state")) {
            if (reply.getAsJsonObject("data").getAsJsonObject("rewards").get("success").getAsDouble() != 1.0) {
                load.error("episode not solved: " + reply);
            }
            load.completed();
            reset();
            return;
        }
        JsonObject d = reply.getAsJsonObject("data");
        if (stepping) {
            load.step(micros);
            boolean ended = d.getAsJsonObject("observation").get("turn_ended").getAsBoolean();
            turn += ended ? 1 : 0;
            after = !ended;
        }
        if (d.get("done").getAsBoolean()) {
            send("{\"type\":\"state\"}", false);
        } else {
            stepLater();
        }
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
        load.error("connection: " + error);
    }
}
