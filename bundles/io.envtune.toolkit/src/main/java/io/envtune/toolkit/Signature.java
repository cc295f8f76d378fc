package io.envtune.toolkit;

import io.envtune.api.ToolCall;
import java.util.List;

/**
 * A tool's Python signature: binds positional and keyword arguments like CPython does, with CPython 3.11's error
 * texts: {@code GorillaFileSystem.cd() missing 1 required positional argument: 'folder'},
 * {@code MathAPI.mean() got an unexpected keyword argument 'extra'},
 * {@code GorillaFileSystem.sort() takes 2 positional arguments but 3 were given} (counts include {@code self}),
 * {@code ... got multiple values for argument 'x'}, {@code ... missing 2 required positional arguments: 'a' and 'b'}.
 *
 * @param owner the Python class name used in error texts, e.g. {@code GorillaFileSystem}
 * @param name the tool name
 * @param description the tool description for specs
 * @param params the parameters in Python order
 */
public record Signature(String owner, String name, String description, List<Param> params) {

    /** Copies the parameter list so the record stays immutable. */
    public Signature {
        params = List.copyOf(params);
    }

    /**
     * Binds a call's arguments.
     *
     * @param call the parsed call (its name is not checked)
     * @return every parameter with its value
     * @throws PyException with kind {@link io.envtune.api.FailureKind#BAD_ARGUMENTS} and CPython's text
     */
    public BoundArgs bind(ToolCall call) {
        throw new UnsupportedOperationException("toolkit: not implemented yet");
    }
}
