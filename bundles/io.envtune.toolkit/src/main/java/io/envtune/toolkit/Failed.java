package io.envtune.toolkit;

import io.envtune.api.FailureKind;

/**
 * What a tool function returns to report a failure with its structured reason: the {@code value} is converted to
 * the result string as usual (usually an {@code {"error": ...}} dict), and the failure goes to augmenters.
 * A tool that returns a plain dict with an {@code error} key is also reported as failed, with kind
 * {@link FailureKind#INVALID_VALUE}; returning {@code Failed} is how a domain names the real cause.
 *
 * @param value the Python value the reference returns
 * @param kind why it failed
 * @param parameter the parameter at fault, or null
 * @param detail a short machine-oriented detail; never null
 */
public record Failed(Object value, FailureKind kind, String parameter, String detail) {
}
