package io.envtune.policy.http.internal;

import io.envtune.policy.http.HttpPolicyConfig;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Sends JSON requests with the configured timeouts, retries connection errors, timeouts, 408, 429 and 5xx with
 * exponential backoff, and keeps at most {@code maxConcurrency} exchanges in flight across all threads. A permit is
 * held only while a request is on the wire, so a thread waiting out its backoff does not block the others.
 * Thread-safe. Failures are {@link IllegalStateException}s naming the URL, the status or cause, and a body excerpt.
 */
public final class RetryingSender {

    private final HttpPolicyConfig config;
    private final String apiKey;
    private final HttpClient client;
    private final Semaphore inFlight;

    /**
     * @param config the configuration
     * @param apiKey the bearer token, or null to send none; kept in memory only and never put in a message
     */
    public RetryingSender(HttpPolicyConfig config, String apiKey) {
        this.config = config;
        this.apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
        // HTTP/1.1: an h2c upgrade attempt confuses some of the servers this talks to, and buys nothing here.
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(config.connectTimeout()).build();
        this.inFlight = new Semaphore(config.maxConcurrency(), true);
    }

    /**
     * @param url where to post
     * @param json the request body
     * @return the body of the successful (2xx) response
     */
    public String post(URI url, String json) {
        return exchange(request(url).POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    /**
     * @param url what to get
     * @return the body of the successful (2xx) response
     */
    public String get(URI url) {
        return exchange(request(url).GET().build());
    }

    private HttpRequest.Builder request(URI url) {
        HttpRequest.Builder b = HttpRequest.newBuilder(url).timeout(config.readTimeout())
            .header("Content-Type", "application/json").header("Accept", "application/json");
        return apiKey == null ? b : b.header("Authorization", "Bearer " + apiKey);
    }

    private String exchange(HttpRequest request) {
        for (int attempt = 1; ; attempt++) {
            Attempt a = once(request);
            if (a.succeeded()) {
                return a.response().body();
            }
            if (!a.retriable() || attempt > config.maxRetries()) {
                throw failure(request, a, attempt);
            }
            pause(request, backoff(attempt, a.retryAfterSeconds()));
        }
    }

    private Attempt once(HttpRequest request) {
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            throw interrupted(request, e);
        }
        try {
            return new Attempt(client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)),
                null);
        } catch (IOException e) {
            return new Attempt(null, e);
        } catch (InterruptedException e) {
            throw interrupted(request, e);
        } finally {
            inFlight.release();
        }
    }

    /** Doubles from the initial backoff, adds up to 10% jitter so retrying clients spread out, honours Retry-After. */
    private Duration backoff(int attempt, OptionalLong retryAfterSeconds) {
        long initial = config.initialBackoff().toMillis();
        long max = config.maxBackoff().toMillis();
        long base = initial << Math.min(attempt - 1, 30);
        if (base <= 0 || base > max) {
            base = max;
        }
        long jittered = base + (long) (base * 0.1 * ThreadLocalRandom.current().nextDouble());
        long wanted = Math.max(jittered, retryAfterSeconds.orElse(0) * 1000);
        return Duration.ofMillis(Math.min(wanted, max));
    }

    private static void pause(HttpRequest request, Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            throw interrupted(request, e);
        }
    }

    private static IllegalStateException interrupted(HttpRequest request, InterruptedException e) {
        Thread.currentThread().interrupt();
        return new IllegalStateException("interrupted during " + request.method() + " " + request.uri(), e);
    }

    private IllegalStateException failure(HttpRequest request, Attempt a, int attempts) {
        String head = request.method() + " " + request.uri();
        String tries = attempts == 1 ? "1 attempt" : attempts + " attempts";
        if (a.error() != null) {
            return new IllegalStateException(head + " failed after " + tries + ": " + describe(a.error()), a.error());
        }
        return new IllegalStateException(head + " answered HTTP " + a.response().statusCode() + " after " + tries
            + ": " + Excerpts.of(a.response().body()));
    }

    private String describe(IOException e) {
        if (e instanceof HttpConnectTimeoutException) {
            return "could not connect within the connect timeout of " + config.connectTimeout();
        }
        if (e instanceof HttpTimeoutException) {
            return "no response within the read timeout of " + config.readTimeout();
        }
        String detail = message(e);
        if (e instanceof ConnectException) {
            // JDK 17 reports a refused connection as a ConnectException with no message at any level.
            return "cannot connect: " + (detail == null ? "connection refused or host unreachable" : detail)
                + "; is the server running at this address?";
        }
        return e.getClass().getSimpleName() + (detail == null ? "" : ": " + detail);
    }

    /** The first message along the cause chain: the client often wraps the informative exception. */
    private static String message(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
        }
        return null;
    }

    /** One try: either a response (any status) or the I/O error that prevented one. */
    private record Attempt(HttpResponse<String> response, IOException error) {

        boolean succeeded() {
            return response != null && response.statusCode() / 100 == 2;
        }

        boolean retriable() {
            if (error != null) {
                return true;
            }
            int s = response.statusCode();
            return s == 408 || s == 429 || s >= 500;
        }

        OptionalLong retryAfterSeconds() {
            if (response == null) {
                return OptionalLong.empty();
            }
            try {
                return response.headers().firstValue("Retry-After").map(String::strip).map(Long::parseLong)
                    .map(OptionalLong::of).orElse(OptionalLong.empty());
            } catch (NumberFormatException e) {
                return OptionalLong.empty(); // the HTTP-date form: fall back to our own backoff
            }
        }
    }
}
