package io.envtune.policy.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.envtune.policy.http.internal.Endpoints;
import java.net.URI;
import java.time.Duration;
import org.junit.Test;

/** Validation of the configuration record and the URLs derived from the base URL. */
public final class HttpPolicyConfigTest {

    private static final URI BASE = URI.create("http://localhost:8000/v1");

    @Test
    public void defaultsAreUsable() {
        HttpPolicyConfig c = HttpPolicyConfig.defaults(BASE);
        assertEquals("", c.model());
        assertEquals("OPENAI_API_KEY", c.apiKeyEnv());
        assertEquals(8, c.maxConcurrency());
        assertEquals(Duration.ofMinutes(10), c.readTimeout());
    }

    @Test
    public void rejectsBadValues() {
        assertThrows(IllegalArgumentException.class, () -> HttpPolicyConfig.defaults(URI.create("localhost:8000")));
        assertThrows(IllegalArgumentException.class, () -> HttpPolicyConfig.defaults(URI.create("ftp://h/v1")));
        HttpPolicyConfig c = HttpPolicyConfig.defaults(BASE);
        assertThrows(IllegalArgumentException.class, () -> c.withLimits(0, 0));
        assertThrows(IllegalArgumentException.class, () -> c.withLimits(1, -1));
        assertThrows(IllegalArgumentException.class,
            () -> c.withRetries(-1, Duration.ofSeconds(1), Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> c.withTimeouts(Duration.ZERO, Duration.ofSeconds(1)));
    }

    @Test
    public void derivesEndpointsFromAnyFormOfTheBaseUrl() {
        for (String base : new String[] {"http://h:1/v1", "http://h:1/v1/", "http://h:1/v1/chat/completions"}) {
            assertEquals(URI.create("http://h:1/v1/chat/completions"), Endpoints.chat(URI.create(base)));
            assertEquals(URI.create("http://h:1/v1/models"), Endpoints.models(URI.create(base)));
        }
    }
}
