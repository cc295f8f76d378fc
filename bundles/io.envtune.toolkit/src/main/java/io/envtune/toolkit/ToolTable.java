package io.envtune.toolkit;

import io.envtune.api.ToolCall;
import io.envtune.api.ToolResult;
import io.envtune.api.ToolSpec;
import io.envtune.toolkit.internal.python.ResultText;
import io.envtune.toolkit.value.PyException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A domain's tools: signatures and functions, declared once and shared by every instance (immutable, thread-safe).
 *
 * <pre>{@code
 * ToolTable<FileSystemState> TOOLS = ToolTable.<FileSystemState>builder("GorillaFileSystem")
 *     .tool("cd", "Change the current directory.", FileSystemState::cd,
 *           Param.required("folder", "string", "Folder to enter."))
 *     .build();
 * }</pre>
 *
 * @param <S> the domain state type
 */
public final class ToolTable<S> {

    private final String owner;
    private final Map<String, Entry<S>> tools;

    private ToolTable(String owner, Map<String, Entry<S>> tools) {
        this.owner = owner;
        this.tools = Collections.unmodifiableMap(new LinkedHashMap<>(tools));
    }

    /**
     * @param owner the Python class name used in error texts
     * @param <S> the domain state type
     * @return a new builder
     */
    public static <S> Builder<S> builder(String owner) {
        return new Builder<>(owner);
    }

    /** @return the Python class name */
    public String owner() {
        return owner;
    }

    /** @return the tool names in declaration order */
    public Set<String> names() {
        return tools.keySet();
    }

    /** @return the signatures in declaration order */
    public List<Signature> signatures() {
        List<Signature> out = new ArrayList<>();
        tools.values().forEach(e -> out.add(e.signature()));
        return out;
    }

    /** @return the tool specs in declaration order */
    public List<ToolSpec> specs() {
        List<ToolSpec> out = new ArrayList<>();
        for (Entry<S> e : tools.values()) {
            Signature s = e.signature();
            out.add(new ToolSpec(s.name(), s.description(), s.params().stream().map(Param::toSpec).toList()));
        }
        return out;
    }

    /**
     * Binds and runs one call against a state: never throws for bad input. Binding errors and {@link PyException}s
     * become {@code "Error during execution: " + message} results; return values become BFCL result strings
     * ({@link ResultText#of(Object)}); {@link Failed} values and error dicts carry a
     * {@link io.envtune.api.ToolFailure}. Any other exception of the tool's code is a bug, thrown as a
     * {@link ToolFault}.
     *
     * @param state the episode's state
     * @param call the call
     * @return the result
     * @throws ToolFault when the tool's Java code failed
     */
    public ToolResult invoke(S state, ToolCall call) {
        Entry<S> entry = tools.get(call.name());
        if (entry == null) {
            return Invocation.unknownTool(call.name());
        }
        return Invocation.run(entry.signature(), entry.function(), state, call);
    }

    /** A tool's signature and body. */
    record Entry<S>(Signature signature, ToolFunction<S> function) {
    }

    /**
     * Collects tools in declaration order.
     *
     * @param <S> the domain state type
     */
    public static final class Builder<S> {
        private final String owner;
        private final Map<String, Entry<S>> tools = new LinkedHashMap<>();

        private Builder(String owner) {
            this.owner = owner;
        }

        /**
         * Adds a tool.
         *
         * @param name the tool name
         * @param description a one-line description
         * @param function the body
         * @param params the parameters in Python order
         * @return this builder
         */
        public Builder<S> tool(String name, String description, ToolFunction<S> function, Param... params) {
            if (tools.containsKey(name)) {
                throw new IllegalArgumentException("duplicate tool name: " + name);
            }
            tools.put(name, new Entry<>(new Signature(owner, name, description, List.of(params)), function));
            return this;
        }

        /** @return the immutable table */
        public ToolTable<S> build() {
            return new ToolTable<>(owner, tools);
        }
    }
}
