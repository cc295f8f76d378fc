package io.envtune.report.internal;

/**
 * How often one kind of hint was shown to the model.
 *
 * @param hint the hint's text up to its first colon, or its first 60 characters
 * @param count the number of {@code Hint:} lines of that kind over all recorded steps
 */
public record HintCount(String hint, long count) {
}
