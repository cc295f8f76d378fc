package io.envtune.itest;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A small client of a running envtune server over real loopback HTTP, for the hostile-request tests. */
final class Http {

    /** One reply: the status and the body. */
    record Reply(int status, String body) {

        /** @return the body as a JSON object */
        JsonObject json() {
            return JsonParser.parseString(body).getAsJsonObject();
        }

        /** @return the error text of an envtune API refusal */
        String message() {
            return json().get("message").getAsString();
        }
    }

    private final String base;
    private final HttpClient client = HttpClient.newHttpClient();

    /** @param base the server's base URL, e.g. {@code http://127.0.0.1:8765} */
    Http(String base) {
        this.base = base;
    }

    Reply get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A JSON POST, as a well-behaved client sends it. */
    Reply post(String path, String json) throws Exception {
        return post(path, "application/json", null, json);
    }

    /**
     * @param contentType the Content-Type header, or null for none
     * @param origin the Origin header, or null for none
     */
    Reply post(String path, String contentType, String origin, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
            .POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (origin != null) {
            b.header("Origin", origin);
        }
        return send(b);
    }

    private Reply send(HttpRequest.Builder b) throws Exception {
        HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.body());
    }

    /**
     * Sends a request as raw bytes (a Java client will not send a foreign {@code Host}, a browser after DNS
     * rebinding does).
     *
     * @return the start of the reply
     */
    String raw(String request) throws IOException {
        URI uri = URI.create(base);
        try (Socket s = new Socket(uri.getHost(), uri.getPort())) {
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = s.getInputStream();
            byte[] buf = new byte[4096];
            int n = in.read(buf);
            return n <= 0 ? "" : new String(buf, 0, n, StandardCharsets.UTF_8);
        }
    }

    /** @return the port of the base URL */
    int port() {
        return URI.create(base).getPort();
    }
}
