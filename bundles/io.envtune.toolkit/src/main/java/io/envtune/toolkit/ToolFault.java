package io.envtune.toolkit;

import io.envtune.toolkit.value.PyException;

/**
 * A Java exception or error that escaped a tool's code: a bug in the environment, not a Python error. BFCL's Python
 * never raises it, so it is never shown to the model as an {@code "Error during execution: ..."} text (that would be
 * counted in the reward as if the model had caused it). {@link CallExecutor} throws it instead of returning a result;
 * the episode runtime ends the episode with {@link #REASON_PREFIX} and this message as its end reason and logs the
 * stack trace (the {@link #getCause() cause}) once. Where the Python reference raises on some input, the domain throws
 * {@link PyException} with CPython's text on purpose; only what no Python tool would raise becomes a fault.
 */
public final class ToolFault extends RuntimeException {

    /** The prefix of an episode's end reason when environment code failed with a Java exception. */
    public static final String REASON_PREFIX = "environment_error: ";

    private static final long serialVersionUID = 1L;

    private final String environment;
    private final String tool;

    /**
     * @param environment the environment (BFCL class) whose tool failed, e.g. {@code TicketAPI}
     * @param tool the tool name as called, e.g. {@code close_ticket}
     * @param cause what the tool threw; never null
     */
    public ToolFault(String environment, String tool, Throwable cause) {
        super(environment + "." + tool + " threw " + cause.getClass().getName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
        this.environment = environment;
        this.tool = tool;
    }

    /** @return the environment (BFCL class) whose tool failed */
    public String environment() {
        return environment;
    }

    /** @return the tool name as called */
    public String tool() {
        return tool;
    }

    /** @return the end reason for the episode record: {@code environment_error: <Class>.<tool> threw <exception>} */
    public String reason() {
        return REASON_PREFIX + getMessage();
    }
}
