package io.envtune.toolkit;

import java.util.Map;

/** The state object of a domain: what the BFCL checker compares. */
public interface DomainState {

    /**
     * @return the public attributes in Python {@code vars()} order, values in the Python value model (live values are
     *         fine: callers copy or print them at once)
     */
    Map<String, Object> attributes();
}
