package io.envtune.testkit;

import io.envtune.api.EnvironmentInstance;
import io.envtune.api.EnvironmentOptions;
import io.envtune.api.ToolEnvironment;
import io.envtune.api.ToolResult;
import io.envtune.api.ToolSpec;
import io.envtune.toolkit.CallExecutor;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One environment instance with BFCL's executor over it, as BFCL runs an entry with only this class loaded: Python
 * call strings in, result strings and canonical states out. For replays and focused behaviour tests. Not thread-safe
 * (neither is the instance).
 */
public final class ToolSession {

    private final EnvironmentInstance instance;
    private final CallExecutor executor;

    /**
     * @param instance the only instance of the episode
     * @param toolNames the tool names it answers to
     */
    public ToolSession(EnvironmentInstance instance, Set<String> toolNames) {
        this.instance = instance;
        this.executor = new CallExecutor(List.of(new CallExecutor.ToolLookup(instance, toolNames)));
    }

    /**
     * Creates a fresh instance; a long-context one gets the BFCL data folder ({@link BfclFixtures#dataDir()}).
     *
     * @param environment the domain
     * @param scenarioJson the class's initial configuration, {@code {}} for the defaults
     * @param longContext whether BFCL's long-context behaviour is on
     * @return a session over the new instance, knowing every tool the environment specifies
     */
    public static ToolSession of(ToolEnvironment environment, String scenarioJson, boolean longContext) {
        EnvironmentOptions options = longContext ? new EnvironmentOptions(true, BfclFixtures.dataDir())
                : EnvironmentOptions.DEFAULT;
        return new ToolSession(environment.create(scenarioJson, options), toolNames(environment));
    }

    /**
     * @param environment a domain
     * @return the names of its tools, in spec order
     */
    public static Set<String> toolNames(ToolEnvironment environment) {
        Set<String> names = new LinkedHashSet<>();
        for (ToolSpec spec : environment.tools()) {
            names.add(spec.name());
        }
        return names;
    }

    /** @return the instance, for direct {@link EnvironmentInstance#invoke} calls */
    public EnvironmentInstance instance() {
        return instance;
    }

    /**
     * @param call a Python call string, e.g. {@code cd(folder='docs')}
     * @return its result, as BFCL's executor gives it
     */
    public ToolResult execute(String call) {
        return executor.execute(call);
    }

    /**
     * @param call a Python call string
     * @return its result string
     */
    public String call(String call) {
        return executor.execute(call).text();
    }

    /** @return the canonical state now */
    public String state() {
        return instance.canonicalState();
    }

    /** @return the SHA-256 (lower-case hex) of the UTF-8 canonical state, as {@code verdicts_public.jsonl} has it */
    public String stateHash() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(state().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
