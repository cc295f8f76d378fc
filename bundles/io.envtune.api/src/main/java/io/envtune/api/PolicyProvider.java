package io.envtune.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Creates policies from a user's policy spec ({@code scheme:location}, e.g. {@code djl:builtin},
 * {@code djl:/models/qwen2.5-0.5b}, {@code http:http://127.0.0.1:8000/v1#model}). Registered as an OSGi service by
 * each policy bundle; commands pick the provider whose {@link #scheme()} matches. Thread-safe.
 */
@ConsumerType
public interface PolicyProvider {

    /** @return the scheme this provider answers to, e.g. {@code djl} or {@code http} */
    String scheme();

    /**
     * @param location the part of the spec after {@code scheme:}
     * @param seed a seed for anything random the policy does (initialisation, sampling)
     * @return a new policy; a {@link TrainablePolicy} when the provider can train
     * @throws IllegalArgumentException with a message for the user when the location is unusable
     */
    Policy create(String location, long seed);
}
