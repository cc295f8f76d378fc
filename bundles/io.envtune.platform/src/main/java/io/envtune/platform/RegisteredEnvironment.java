package io.envtune.platform;

import io.envtune.api.ToolEnvironment;

/**
 * One accepted environment registration, for listings.
 *
 * @param environment the environment
 * @param origin who registered it, e.g. {@code io.envtune.env.math 0.1.0.SNAPSHOT [12]}, for people to read
 */
public record RegisteredEnvironment(ToolEnvironment environment, String origin) {
}
