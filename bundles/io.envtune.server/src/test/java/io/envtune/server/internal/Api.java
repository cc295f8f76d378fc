package io.envtune.server.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small JSON client over the JDK's HttpClient (HTTP/1.1, keep-alive), for the API tests. */
public final class Api {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String token;

    /**
     * A status and body.
     *
     * @param status the HTTP status
     * @param body the parsed JSON body (JsonNull when empty)
     */
    public record Reply(int status, JsonElement body) {
        /** @return the body as an object */
        public JsonObject json() {
            return body.getAsJsonObject();
        }
    }

    /**
     * @param base {@code http://host:port}
     * @param token a bearer token, or null
     */
    public Api(String base, String token) {
        this.base = base;
        this.token = token;
    }

    /** @param base {@code http://host:port} */
    public Api(String base) {
        this(base, null);
    }

    public Reply get(String path) {
        return send(builder(path).GET());
    }

    public Reply delete(String path) {
        return send(builder(path).DELETE());
    }

    public Reply post(String path, String json) {
        return send(builder(path).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply post(String path, JsonElement json) {
        return post(path, json.toString());
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    private Reply send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            String text = r.body();
            return new Reply(r.statusCode(), text == null || text.isBlank() ? com.google.gson.JsonNull.INSTANCE
                : JsonParser.parseString(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
