package io.envtune.api;

import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The live state of one domain in one episode. Never shared between episodes; confined to one thread at a time.
 */
@ConsumerType
public interface EnvironmentInstance extends AutoCloseable {

    /** @return the id of the environment that created this instance */
    String environmentId();

    /**
     * Runs one tool call: binds the arguments to the tool's signature and executes it.
     *
     * @param call the parsed call
     * @return the result; failures are results too, this method never throws for bad input
     */
    ToolResult invoke(ToolCall call);

    /**
     * The public attributes compared by the BFCL state checker, in attribute order.
     *
     * @return attribute name to value (Python value model); a read-only view or copy
     */
    Map<String, Object> attributes();

    /** @return the canonical state JSON (sorted keys, compact, ASCII), as in the BFCL fixtures */
    String canonicalState();

    /** Releases the instance; later calls are undefined. The default does nothing. */
    @Override
    default void close() {
    }
}
