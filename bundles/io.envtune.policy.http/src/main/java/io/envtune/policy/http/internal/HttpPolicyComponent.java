package io.envtune.policy.http.internal;

import io.envtune.api.Completion;
import io.envtune.api.Conversation;
import io.envtune.api.Policy;
import io.envtune.api.SamplingParams;
import io.envtune.policy.http.HttpPolicy;
import io.envtune.policy.http.HttpPolicyConfig;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Registers an {@link HttpPolicy} as a {@link Policy} service, only while a configuration exists (PID
 * {@code io.envtune.policy.http.internal.HttpPolicyComponent}; factory configurations with that factory PID register
 * one policy each, e.g. one per served model). The API key is never part of the configuration: it names the
 * environment variable to read.
 */
@Component(service = Policy.class, configurationPid = "io.envtune.policy.http.internal.HttpPolicyComponent",
    configurationPolicy = ConfigurationPolicy.REQUIRE)
public final class HttpPolicyComponent implements Policy {

    /** Configuration; every element becomes a service property too. */
    public @interface Config {
        /** @return the API root, e.g. {@code http://localhost:8000/v1} */
        String baseUrl() default "http://localhost:8000/v1";

        /** @return the served model name; empty to use the first model the server lists */
        String model() default "";

        /** @return the environment variable holding the API key; empty for none */
        String apiKeyEnv() default HttpPolicyConfig.DEFAULT_API_KEY_ENV;

        /** @return the connect timeout in milliseconds */
        long connectTimeoutMs() default 10_000;

        /** @return the per-request response timeout in milliseconds, generation included */
        long readTimeoutMs() default 600_000;

        /** @return retries after connection errors, timeouts, 408, 429 and 5xx */
        int maxRetries() default 4;

        /** @return the first backoff in milliseconds; it doubles per retry */
        long initialBackoffMs() default 500;

        /** @return the longest backoff in milliseconds */
        long maxBackoffMs() default 30_000;

        /** @return the most requests in flight at once */
        int maxConcurrency() default 8;

        /** @return the most choices per request; 0 for no cap, 1 for llama.cpp server */
        int maxChoicesPerRequest() default 0;
    }

    private final HttpPolicy policy;

    /** @param config the configuration */
    @Activate
    public HttpPolicyComponent(Config config) {
        this.policy = new HttpPolicy(toConfig(config));
    }

    /**
     * @param c the component configuration
     * @return the same settings as a record (validated)
     */
    static HttpPolicyConfig toConfig(Config c) {
        return new HttpPolicyConfig(URI.create(c.baseUrl().strip()), c.model(), c.apiKeyEnv(),
            Duration.ofMillis(c.connectTimeoutMs()), Duration.ofMillis(c.readTimeoutMs()), c.maxRetries(),
            Duration.ofMillis(c.initialBackoffMs()), Duration.ofMillis(c.maxBackoffMs()), c.maxConcurrency(),
            c.maxChoicesPerRequest());
    }

    @Deactivate
    void deactivate() {
        policy.close();
    }

    @Override
    public String name() {
        return policy.name();
    }

    @Override
    public List<List<Completion>> complete(List<Conversation> batch, SamplingParams params) {
        return policy.complete(batch, params);
    }
}
