package io.envtune.shell.internal;

import io.envtune.api.Policy;
import io.envtune.api.PolicyProvider;
import io.envtune.api.Task;
import io.envtune.platform.Plugins;
import io.envtune.runtime.policy.OraclePolicy;
import io.envtune.runtime.policy.ScriptedPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns a {@code --policy} spec into the policy of each task's episode: {@code oracle}, {@code scripted:FILE}
 * (JSON lines {@code {"id": task id, "responses": [...]}}), or {@code <scheme>:<location>} served by a registered
 * {@link PolicyProvider} ({@code djl:builtin}, {@code djl:DIR}, {@code http:URL}).
 */
final class PolicySpecs {

    private PolicySpecs() {
    }

    /**
     * @param spec the spec
     * @param plugins the live plug-ins (policy providers; the oracle's environments)
     * @param seed the seed for providers
     * @return the policy of each task's episode
     * @throws IllegalArgumentException for an unknown or unusable spec
     */
    static Function<Task, Policy> resolve(String spec, Plugins plugins, long seed) {
        if (spec.equals("oracle")) {
            return t -> new OraclePolicy(t, plugins);
        }
        if (spec.startsWith("scripted:")) {
            Map<String, ScriptedPolicy> scripts = scripts(Path.of(spec.substring("scripted:".length())));
            return t -> scripts.getOrDefault(t.id(), new ScriptedPolicy(List.of()));
        }
        Policy shared = provided(spec, plugins, seed);
        return t -> shared;
    }

    /**
     * The one policy a provider serves for {@code <scheme>:<location>}, shared by every episode (and the one a
     * training run trains).
     *
     * @param spec the spec
     * @param plugins the live plug-ins (policy providers)
     * @param seed the seed for the provider
     * @return the policy
     * @throws IllegalArgumentException for {@code oracle}, {@code scripted:} (made per task, never trainable) or an
     *                                  unknown scheme
     */
    static Policy provided(String spec, Plugins plugins, long seed) {
        if (spec.equals("oracle") || spec.startsWith("scripted:")) {
            throw new IllegalArgumentException("policy '" + spec + "' cannot be trained; use djl:builtin or djl:DIR");
        }
        int colon = spec.indexOf(':');
        String scheme = colon < 0 ? spec : spec.substring(0, colon);
        String location = colon < 0 ? "" : spec.substring(colon + 1);
        PolicyProvider provider = plugins.policyProviders().get(scheme);
        if (provider == null) {
            throw new IllegalArgumentException("unknown policy '" + spec + "'; use oracle, scripted:FILE or one of "
                + plugins.policyProviders().keySet().stream().map(s -> s + ":...").toList());
        }
        return provider.create(location, seed);
    }

    private static Map<String, ScriptedPolicy> scripts(Path file) {
        Map<String, ScriptedPolicy> out = new HashMap<>();
        try {
            int n = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                n++;
                if (!line.isBlank()) {
                    Script s = Script.parse(line, file + " line " + n);
                    out.put(s.id(), new ScriptedPolicy(s.responses()));
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read scripted responses " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** One line of a scripted-responses file. */
    private record Script(String id, List<String> responses) {
        static Script parse(String line, String where) {
            try {
                Script s = new com.google.gson.Gson().fromJson(line, Script.class);
                if (s == null || s.id() == null || s.responses() == null) {
                    throw new IllegalArgumentException(where + ": needs \"id\" and \"responses\"");
                }
                return s;
            } catch (com.google.gson.JsonParseException e) {
                throw new IllegalArgumentException(where + ": not JSON: " + e.getMessage(), e);
            }
        }
    }
}
