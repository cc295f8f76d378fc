package io.envtune.policy.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A real HTTP server on 127.0.0.1 (ephemeral port) answering from a script or a function, recording every request
 * and the most requests it was handling at once.
 */
public final class ScriptedServer implements AutoCloseable {

    /** What the server answers to one request. */
    public record Reply(int status, String body, long delayMs, Map<String, String> headers) {

        /** @param body a JSON body @return a 200 reply */
        public static Reply ok(String body) {
            return new Reply(200, body, 0, Map.of());
        }

        /** @param status the status @param body the body @return the reply */
        public static Reply status(int status, String body) {
            return new Reply(status, body, 0, Map.of());
        }

        /** @param ms the delay before the status line is sent @return a copy delayed by that much */
        public Reply delayed(long ms) {
            return new Reply(status, body, ms, headers);
        }

        /** @param name a header @param value its value @return a copy with that header */
        public Reply header(String name, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(name, value);
            return new Reply(status, body, delayMs, h);
        }
    }

    /** One request as the server saw it. */
    public record Hit(String method, String path, String body, String authorization, long atNanos) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Function<Hit, Reply> responder;
    private final List<Hit> hits = new CopyOnWriteArrayList<>();
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicInteger maxActive = new AtomicInteger();

    private ScriptedServer(Function<Hit, Reply> responder) throws IOException {
        this.responder = responder;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads); // the default executor is one thread: no concurrency to observe
        server.start();
    }

    /**
     * @param replies the replies, in order; requests past the end get a 599
     * @return a started server
     */
    public static ScriptedServer scripted(Reply... replies) throws IOException {
        ArrayDeque<Reply> queue = new ArrayDeque<>(List.of(replies));
        return new ScriptedServer(hit -> {
            synchronized (queue) {
                return queue.isEmpty() ? Reply.status(599, "script exhausted") : queue.poll();
            }
        });
    }

    /**
     * @param responder computes the reply to each request (called concurrently)
     * @return a started server
     */
    public static ScriptedServer answering(Function<Hit, Reply> responder) throws IOException {
        return new ScriptedServer(responder);
    }

    /** @return the API root, {@code http://127.0.0.1:PORT/v1} */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    /** @return the requests so far */
    public List<Hit> hits() {
        return List.copyOf(hits);
    }

    /** @return the most requests being handled at the same time */
    public int maxActive() {
        return maxActive.get();
    }

    private void handle(HttpExchange ex) throws IOException {
        int now = active.incrementAndGet();
        maxActive.accumulateAndGet(now, Math::max);
        Reply reply;
        try {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Hit hit = new Hit(ex.getRequestMethod(), ex.getRequestURI().getPath(), body,
                ex.getRequestHeaders().getFirst("Authorization"), System.nanoTime());
            hits.add(hit);
            reply = responder.apply(hit);
            Thread.sleep(reply.delayMs());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } finally {
            // Before the response goes out: the client may send its next request as soon as it has the answer.
            active.decrementAndGet();
        }
        send(ex, reply);
    }

    private static void send(HttpExchange ex, Reply reply) {
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        reply.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        ex.getResponseHeaders().add("Content-Type", "application/json");
        try (OutputStream out = ex.getResponseBody()) {
            ex.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
            out.write(bytes);
        } catch (IOException e) {
            // the client gave up (read timeout): nothing to answer
        } finally {
            ex.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
