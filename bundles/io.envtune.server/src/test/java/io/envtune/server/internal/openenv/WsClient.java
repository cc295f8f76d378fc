package io.envtune.server.internal.openenv;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real WebSocket client over loopback (the JDK's {@code java.net.http.WebSocket}) that speaks OpenEnv's messages
 * as a client written from OpenEnv's protocol would: send one JSON text, wait for one JSON text back.
 */
final class WsClient implements AutoCloseable {

    private final WebSocket socket;
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();

    private WsClient(HttpClient http, URI uri) {
        this.socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
            .buildAsync(uri, new Listener()).join();
    }

    /**
     * @param http a client (may be shared)
     * @param baseUrl the server's {@code http://host:port}
     * @return a connected client on {@code /ws}
     */
    static WsClient connect(HttpClient http, String baseUrl) {
        return new WsClient(http, URI.create(baseUrl.replace("http://", "ws://") + "/ws"));
    }

    /**
     * @param text a message
     * @return the reply, parsed
     */
    JsonObject ask(String text) {
        send(text);
        return next();
    }

    /** @param text a message to send, waiting until it is written */
    void send(String text) {
        socket.sendText(text, true).join();
    }

    /** @param bytes a binary message to send */
    void sendBinary(byte[] bytes) {
        socket.sendBinary(java.nio.ByteBuffer.wrap(bytes), true).join();
    }

    /** @return the next message received (waits up to 30 s) */
    JsonObject next() {
        try {
            String s = received.poll(30, TimeUnit.SECONDS);
            if (s == null) {
                throw new AssertionError("no reply within 30 s");
            }
            return JsonParser.parseString(s).getAsJsonObject();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * @param seconds how long to wait
     * @return the close status the server sent, or null when it did not close in time
     */
    Integer awaitClose(int seconds) {
        try {
            return closed.get(seconds, TimeUnit.SECONDS);
        } catch (Exception e) {
            return null;
        }
    }

    /** Drops the TCP connection without a close handshake, as a crashed client would. */
    void vanish() {
        socket.abort();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(t -> null);
        }
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder part = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            part.append(data);
            if (last) {
                received.add(part.toString());
                part.setLength(0);
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            closed.complete(-1);
        }
    }
}
