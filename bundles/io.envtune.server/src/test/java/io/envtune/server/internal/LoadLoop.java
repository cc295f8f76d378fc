package io.envtune.server.internal;

import com.google.gson.JsonPrimitive;
import io.envtune.server.internal.core.LatencyHistogram;
import java.io.IOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The load generator's engine: one thread and one selector over every connection, so the client costs a few
 * microseconds per request and adds no thread wake-ups of its own to the latency it measures. A connection whose
 * slot is thinking waits in a timer queue; its step goes out when the think time is over. See {@link LoadGenerator}.
 */
final class LoadLoop {

    private static final long SECOND = 1_000_000_000L;

    private final LoadGenerator.Options o;
    private final String hostHeader;
    private final Selector selector;
    private final List<LoadConnection> connections = new ArrayList<>();
    private final PriorityQueue<LoadConnection> thinking =
        new PriorityQueue<>(Comparator.comparingLong((LoadConnection c) -> c.dueNanos));
    private final Map<String, byte[]> stepBodies = new HashMap<>();
    private LatencyHistogram latency = new LatencyHistogram();
    private long steps;
    private long requests;
    private long completed;
    private long errors;
    private String firstError;
    private long nextTask;
    private int live;

    LoadLoop(LoadGenerator.Options options) throws IOException {
        this.o = options;
        this.hostHeader = options.host() + ":" + options.port();
        this.selector = Selector.open();
    }

    LoadGenerator.Report run() throws IOException {
        int n = Math.min(o.connections(), o.episodes());
        for (int w = 0; w < n; w++) {
            List<LoadConnection.Slot> slots = new ArrayList<>();
            for (int i = o.episodes() / n + (w < o.episodes() % n ? 1 : 0); i > 0; i--) {
                slots.add(new LoadConnection.Slot());
            }
            LoadConnection c = new LoadConnection(o.host(), o.port(), slots);
            c.channel.register(selector, SelectionKey.OP_READ, c);
            connections.add(c);
        }
        live = n;
        connections.forEach(this::next);
        long deadline = loop(Long.MAX_VALUE, true);
        long start = loop(deadline + (long) (o.warmupSeconds() * SECOND), false);
        latency = new LatencyHistogram();
        steps = 0;
        requests = 0;
        completed = 0;
        long end = start + (long) (o.seconds() * SECOND);
        loop(end, false);
        connections.forEach(c -> c.draining = true);
        double seconds = (System.nanoTime() - start) / 1e9;
        loop(Long.MAX_VALUE, false);
        selector.close();
        return new LoadGenerator.Report(seconds, steps, requests, completed, errors, firstError, latency.summary());
    }

    /** Runs until {@code until}, or until every slot is open when {@code setup}, or until every connection ended. */
    private long loop(long until, boolean setup) throws IOException {
        while (live > 0) {
            long now = System.nanoTime();
            if (now >= until || setup && connections.stream().allMatch(c -> c.ready)) {
                return now;
            }
            while (!thinking.isEmpty() && thinking.peek().dueNanos <= now) {
                step(thinking.poll());
            }
            long wait = Math.min(until, thinking.isEmpty() ? now + SECOND : thinking.peek().dueNanos) - now;
            // Never spin: a step sent up to a millisecond late only shortens a random think time.
            int ready = wait <= 0 ? selector.selectNow() : selector.select(Math.max(1, (wait + 999_999) / 1_000_000));
            if (ready > 0) {
                for (SelectionKey key : selector.selectedKeys()) {
                    io(key);
                }
                selector.selectedKeys().clear();
            }
        }
        return System.nanoTime();
    }

    private void io(SelectionKey key) {
        LoadConnection c = (LoadConnection) key.attachment();
        try {
            if (key.isWritable() && c.flush()) {
                key.interestOps(SelectionKey.OP_READ);
            }
            if (key.isReadable()) {
                LoadConnection.Reply r = c.poll();
                if (r != null) {
                    replied(c, r);
                }
            }
        } catch (IOException | RuntimeException e) {
            kill(c, c.action + ": " + e);
        }
    }

    private void replied(LoadConnection c, LoadConnection.Reply r) throws IOException {
        requests++;
        LoadConnection.Slot s = c.slot();
        if (c.action == LoadConnection.Action.STEP) {
            latency.record((System.nanoTime() - c.sentNanos) / 1000);
            steps++;
        }
        if (r.status() / 100 != 2) {
            fail(c.action + " " + r.status() + " " + r.body());
            s.id = null;
            s.retiring = null;
            unitDone(c);
            return;
        }
        switch (c.action) {
            case OPEN -> {
                s.id = field(r.body(), "episodeId");
                if (s.retiring != null) {
                    send(c, LoadConnection.Action.RETIRE, "DELETE", "/v1/episodes/" + s.retiring, null);
                } else {
                    unitDone(c);
                }
            }
            case STEP -> {
                boolean turnEnded = !"null".equals(field(r.body(), "turnScore"));
                s.turn += turnEnded ? 1 : 0;
                s.afterObservation = !turnEnded;
                if ("true".equals(field(r.body(), "done"))) {
                    send(c, LoadConnection.Action.REWARD, "GET", "/v1/episodes/" + s.id + "/rewards/success", null);
                } else {
                    unitDone(c);
                }
            }
            case REWARD -> {
                if (Double.parseDouble(field(r.body(), "value")) != 1.0) {
                    fail("oracle episode of " + s.script.taskId() + " did not succeed: " + r.body());
                }
                // The next episode opens before the finished one closes, so the slot never leaves the open count.
                s.retiring = s.id;
                open(c);
            }
            case RETIRE -> {
                s.retiring = null;
                completed++;
                unitDone(c);
            }
            case DRAIN -> {
                s.id = null;
                unitDone(c);
            }
        }
    }

    /** The slot's work for now is done: the next slot's turn, after its think time. */
    private void unitDone(LoadConnection c) throws IOException {
        c.cursor = (c.cursor + 1) % c.slots.size();
        c.ready |= c.cursor == 0;
        next(c);
    }

    private void next(LoadConnection c) {
        try {
            LoadConnection.Slot s = c.slot();
            if (c.draining) {
                drain(c);
            } else if (s.id == null) {
                open(c);
            } else if (o.thinkMicros() > 0 && c.ready) {
                // Uniform in [0.5, 1.5) of the mean, as generation lengths vary, so the slots do not step in waves.
                c.dueNanos = System.nanoTime() + (long) (o.thinkMicros() * 1000
                    * (0.5 + ThreadLocalRandom.current().nextDouble()));
                thinking.add(c);
            } else {
                step(c);
            }
        } catch (IOException e) {
            kill(c, "send: " + e);
        }
    }

    private void drain(LoadConnection c) throws IOException {
        for (int i = 0; i < c.slots.size(); i++) {
            if (c.slot().id != null) {
                send(c, LoadConnection.Action.DRAIN, "DELETE", "/v1/episodes/" + c.slot().id, null);
                return;
            }
            c.cursor = (c.cursor + 1) % c.slots.size();
        }
        c.close();
        live--;
    }

    private void step(LoadConnection c) {
        if (c.draining) {
            next(c);
            return;
        }
        LoadConnection.Slot s = c.slot();
        String message = s.script.next(s.turn, s.afterObservation);
        byte[] body = stepBodies.computeIfAbsent(message, m -> ("{\"message\":" + new JsonPrimitive(m) + "}")
            .getBytes(StandardCharsets.UTF_8));
        try {
            send(c, LoadConnection.Action.STEP, "POST", "/v1/episodes/" + s.id + "/step", body);
        } catch (IOException e) {
            kill(c, "send: " + e);
        }
    }

    private void open(LoadConnection c) throws IOException {
        LoadConnection.Slot s = c.slot();
        s.script = o.scripts().get((int) (nextTask++ % o.scripts().size()));
        s.turn = 0;
        s.afterObservation = false;
        String body = "{\"taskId\":" + new JsonPrimitive(s.script.taskId()) + "}";
        send(c, LoadConnection.Action.OPEN, "POST", "/v1/episodes", body.getBytes(StandardCharsets.UTF_8));
    }

    private void send(LoadConnection c, LoadConnection.Action a, String method, String path, byte[] body)
        throws IOException {
        if (!c.send(a, method, path, body == null ? new byte[0] : body, hostHeader)) {
            c.channel.keyFor(selector).interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
        }
    }

    /**
     * A top-level field's raw value in the server's compact JSON. Inside a JSON string every quote is escaped, so
     * {@code "name":} can only match a key; the first match is the top-level one for the fields read here.
     */
    static String field(String json, String name) {
        String key = "\"" + name + "\":";
        int i = json.indexOf(key);
        if (i < 0) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        int from = i + key.length();
        if (json.charAt(from) == '"') {
            return json.substring(from + 1, json.indexOf('"', from + 1));
        }
        int to = from;
        while (to < json.length() && ",}]".indexOf(json.charAt(to)) < 0) {
            to++;
        }
        return json.substring(from, to);
    }

    /** A broken connection ends; its slots' episodes are left to the server's idle expiry. */
    private void kill(LoadConnection c, String what) {
        fail(what);
        c.close();
        c.ready = true;
        live--;
    }

    private void fail(String what) {
        errors++;
        if (firstError == null) {
            firstError = what;
        }
    }
}
