package io.envtune.runtime;

import io.envtune.api.ToolEnvironment;
import io.envtune.api.ToolParameter;
import io.envtune.api.ToolSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks a {@link ToolEnvironment} must pass before it serves episodes: an id and a version, tools that can be
 * listed, unique tool names that a call can spell, and parameter schemas a prompt and the argument binder can use
 * (unique identifier names, a documented type, required parameters before optional ones, a default exactly for the
 * optional ones). A registry rejects an environment with problems instead of letting episodes find them. Stateless.
 */
public final class EnvironmentCheck {

    /** The parameter types of {@link ToolParameter#type()}. */
    public static final Set<String> TYPES = Set.of("string", "integer", "float", "boolean", "array", "dict", "any");

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private EnvironmentCheck() {
    }

    /**
     * @param env an environment
     * @return what is wrong with it, one short sentence each; empty when it may serve episodes
     */
    public static List<String> problems(ToolEnvironment env) {
        List<String> out = new ArrayList<>();
        try {
            if (blank(env.id())) {
                out.add("no environment id");
            }
            if (blank(env.version())) {
                out.add("no version");
            }
            List<ToolSpec> tools = env.tools();
            if (tools == null) {
                out.add("tools() returned null");
                return out;
            }
            Set<String> names = new HashSet<>();
            for (ToolSpec spec : tools) {
                checkTool(spec, names, out);
            }
        } catch (RuntimeException | LinkageError e) {
            out.add("its id, version or tools cannot be read: " + e);
        }
        return out;
    }

    private static void checkTool(ToolSpec spec, Set<String> names, List<String> out) {
        if (spec == null || spec.name() == null || !IDENTIFIER.matcher(spec.name()).matches()) {
            out.add("tool name " + (spec == null ? null : quoted(spec.name())) + " is not an identifier");
            return;
        }
        if (!names.add(spec.name())) {
            out.add("duplicate tool name '" + spec.name() + "'");
        }
        Set<String> params = new HashSet<>();
        boolean optionalSeen = false;
        for (ToolParameter p : spec.parameters()) {
            String where = "tool '" + spec.name() + "' parameter " + (p == null ? null : quoted(p.name()));
            if (p == null || p.name() == null || !IDENTIFIER.matcher(p.name()).matches()) {
                out.add(where + ": the name is not an identifier");
                continue;
            }
            if (!params.add(p.name())) {
                out.add(where + ": duplicate parameter name");
            }
            if (!TYPES.contains(p.type())) {
                out.add(where + ": type " + quoted(p.type()) + " is not one of " + TYPES.stream().sorted().toList());
            }
            if (p.required() == (p.defaultRepr() != null)) {
                out.add(where + (p.required() ? ": a required parameter has a default" : ": an optional parameter "
                    + "has no default"));
            }
            if (p.required() && optionalSeen) {
                out.add(where + ": a required parameter follows an optional one");
            }
            optionalSeen |= !p.required();
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String quoted(String s) {
        return s == null ? "null" : "'" + s + "'";
    }
}
