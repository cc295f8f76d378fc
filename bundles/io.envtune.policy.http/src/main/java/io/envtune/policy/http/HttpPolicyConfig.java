package io.envtune.policy.http;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how {@link HttpPolicy} talks to an OpenAI-compatible server. Holds no secret: the API key is read from
 * the environment variable named by {@code apiKeyEnv}, so configuration files never contain it.
 *
 * @param baseUrl the API root, e.g. {@code http://localhost:8000/v1} (vLLM, SGLang), {@code http://localhost:11434/v1}
 *                (Ollama) or {@code http://localhost:8080/v1} (llama.cpp); {@code /chat/completions} is appended, and a
 *                URL that already ends with it is accepted as well
 * @param model the served model name; empty to use the first model the server lists under {@code /models}
 * @param apiKeyEnv the name of the environment variable holding the API key; empty, or an unset variable, sends no
 *                  {@code Authorization} header (local servers need none)
 * @param connectTimeout how long to wait for a TCP connection
 * @param readTimeout how long to wait for the response to one request (generation included)
 * @param maxRetries how many times a request is repeated after a connection error, a timeout, 408, 429 or 5xx
 * @param initialBackoff the wait before the first retry; it doubles with every further retry
 * @param maxBackoff the longest wait between two attempts (also caps a server's {@code Retry-After})
 * @param maxConcurrency the most requests in flight at once, across all threads using the policy
 * @param maxChoicesPerRequest the most choices asked for in one request ({@code n}); 0 for no cap, 1 for servers
 *                             that reject {@code n > 1} (llama.cpp server)
 */
public record HttpPolicyConfig(URI baseUrl, String model, String apiKeyEnv, Duration connectTimeout,
                               Duration readTimeout, int maxRetries, Duration initialBackoff, Duration maxBackoff,
                               int maxConcurrency, int maxChoicesPerRequest) {

    /** The environment variable read for the API key unless configured otherwise. */
    public static final String DEFAULT_API_KEY_ENV = "OPENAI_API_KEY";

    /** Checks every field so a bad configuration fails at construction, not at the first request. */
    public HttpPolicyConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        String scheme = baseUrl.getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme) || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL with a host: " + baseUrl);
        }
        model = Objects.requireNonNull(model, "model").strip();
        apiKeyEnv = Objects.requireNonNull(apiKeyEnv, "apiKeyEnv").strip();
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
        requirePositive(initialBackoff, "initialBackoff");
        requirePositive(maxBackoff, "maxBackoff");
        if (maxRetries < 0 || maxConcurrency < 1 || maxChoicesPerRequest < 0) {
            throw new IllegalArgumentException("need maxRetries >= 0, maxConcurrency >= 1 and maxChoicesPerRequest"
                + " >= 0, got " + maxRetries + ", " + maxConcurrency + ", " + maxChoicesPerRequest);
        }
    }

    /**
     * The defaults for a server: model from the server, key from {@code OPENAI_API_KEY}, 10 s to connect, 10 min to
     * answer, 4 retries from 0.5 s up to 30 s apart, 8 requests in flight, no cap on {@code n}.
     *
     * @param baseUrl the API root, e.g. {@code http://localhost:8000/v1}
     * @return the configuration
     */
    public static HttpPolicyConfig defaults(URI baseUrl) {
        return new HttpPolicyConfig(baseUrl, "", DEFAULT_API_KEY_ENV, Duration.ofSeconds(10), Duration.ofMinutes(10),
            4, Duration.ofMillis(500), Duration.ofSeconds(30), 8, 0);
    }

    /**
     * @param name the served model name (empty: ask the server)
     * @return a copy with that model
     */
    public HttpPolicyConfig withModel(String name) {
        return new HttpPolicyConfig(baseUrl, name, apiKeyEnv, connectTimeout, readTimeout, maxRetries, initialBackoff,
            maxBackoff, maxConcurrency, maxChoicesPerRequest);
    }

    /**
     * @param variable the environment variable holding the API key (empty: none)
     * @return a copy reading the key from that variable
     */
    public HttpPolicyConfig withApiKeyEnv(String variable) {
        return new HttpPolicyConfig(baseUrl, model, variable, connectTimeout, readTimeout, maxRetries, initialBackoff,
            maxBackoff, maxConcurrency, maxChoicesPerRequest);
    }

    /**
     * @param connect the connect timeout
     * @param read the read timeout
     * @return a copy with those timeouts
     */
    public HttpPolicyConfig withTimeouts(Duration connect, Duration read) {
        return new HttpPolicyConfig(baseUrl, model, apiKeyEnv, connect, read, maxRetries, initialBackoff, maxBackoff,
            maxConcurrency, maxChoicesPerRequest);
    }

    /**
     * @param retries the retry count
     * @param initial the first backoff
     * @param max the longest backoff
     * @return a copy with that retry policy
     */
    public HttpPolicyConfig withRetries(int retries, Duration initial, Duration max) {
        return new HttpPolicyConfig(baseUrl, model, apiKeyEnv, connectTimeout, readTimeout, retries, initial, max,
            maxConcurrency, maxChoicesPerRequest);
    }

    /**
     * @param inFlight the most requests in flight at once
     * @param choicesPerRequest the most choices per request (0: no cap)
     * @return a copy with those limits
     */
    public HttpPolicyConfig withLimits(int inFlight, int choicesPerRequest) {
        return new HttpPolicyConfig(baseUrl, model, apiKeyEnv, connectTimeout, readTimeout, maxRetries, initialBackoff,
            maxBackoff, inFlight, choicesPerRequest);
    }

    private static void requirePositive(Duration d, String what) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(what + " must be a positive duration, got " + d);
        }
    }
}
