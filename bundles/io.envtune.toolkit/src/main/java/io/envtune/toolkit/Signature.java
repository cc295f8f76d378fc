package io.envtune.toolkit;

import io.envtune.api.FailureKind;
import io.envtune.api.ToolCall;
import io.envtune.toolkit.value.PyException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
     * Binds a call's arguments the way CPython binds a method call: positional arguments first, then keywords, then
     * the surplus check, then missing arguments. A parameter left out gets its {@link Param#defaultValue()} object
     * itself, so a mutable default is shared between calls exactly like a Python default.
     *
     * @param call the parsed call (its name is not checked)
     * @return every parameter with its value
     * @throws PyException with kind {@link io.envtune.api.FailureKind#BAD_ARGUMENTS} and CPython's text
     */
    public BoundArgs bind(ToolCall call) {
        int n = params.size();
        Object[] values = new Object[n];
        boolean[] given = new boolean[n];
        List<Object> args = call.args();
        for (int i = 0; i < Math.min(args.size(), n); i++) {
            values[i] = args.get(i);
            given[i] = true;
        }
        for (Map.Entry<String, Object> kw : call.kwargs().entrySet()) {
            int i = indexOf(kw.getKey());
            if (i < 0) {
                throw error("got an unexpected keyword argument '" + kw.getKey() + "'", kw.getKey());
            } else if (given[i]) {
                throw error("got multiple values for argument '" + kw.getKey() + "'", kw.getKey());
            }
            values[i] = kw.getValue();
            given[i] = true;
        }
        if (args.size() > n) {
            throw tooManyPositional(args.size());
        }
        return complete(values, given);
    }

    /** Fills defaults (the Param's own default object, shared like Python's) or reports the missing ones. */
    private BoundArgs complete(Object[] values, boolean[] given) {
        List<String> missing = new ArrayList<>();
        Map<String, Object> bound = new LinkedHashMap<>(params.size() * 2);
        for (int i = 0; i < params.size(); i++) {
            Param p = params.get(i);
            if (!given[i] && p.required()) {
                missing.add(p.name());
            }
            bound.put(p.name(), given[i] ? values[i] : p.defaultValue());
        }
        if (!missing.isEmpty()) {
            throw error("missing " + missing.size() + " required positional argument" + (missing.size() == 1 ? "" : "s")
                    + ": " + nameList(missing), missing.get(0));
        }
        return new BoundArgs(name, bound);
    }

    private int indexOf(String parameter) {
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).name().equals(parameter)) {
                return i;
            }
        }
        return -1;
    }

    /** Counts include {@code self}, as CPython's messages for methods do. */
    private PyException tooManyPositional(int given) {
        int optional = 0;
        for (Param p : params) {
            optional += p.required() ? 0 : 1;
        }
        int max = params.size() + 1;
        String takes = optional > 0 ? "from " + (max - optional) + " to " + max + " positional arguments"
                : max + " positional argument" + (max == 1 ? "" : "s");
        return error("takes " + takes + " but " + (given + 1) + " were given", null);
    }

    /** {@code 'a'}, {@code 'a' and 'b'}, {@code 'a', 'b', and 'c'}. */
    private static String nameList(List<String> names) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                sb.append(names.size() == 2 ? " and " : i == names.size() - 1 ? ", and " : ", ");
            }
            sb.append('\'').append(names.get(i)).append('\'');
        }
        return sb.toString();
    }

    private PyException error(String message, String parameter) {
        return new PyException(owner + "." + name + "() " + message, FailureKind.BAD_ARGUMENTS, parameter);
    }

    /**
     * The one way envtune shows a tool's signature to people and models ({@code envtune:tools}, augmenter hints).
     *
     * @param spec a tool
     * @return {@code name(p1: type, p2: type = default)}
     */
    public static String text(io.envtune.api.ToolSpec spec) {
        StringBuilder s = new StringBuilder(spec.name()).append('(');
        List<io.envtune.api.ToolParameter> ps = spec.parameters();
        for (int i = 0; i < ps.size(); i++) {
            io.envtune.api.ToolParameter p = ps.get(i);
            s.append(i == 0 ? "" : ", ").append(p.name()).append(": ").append(p.type());
            if (!p.required()) {
                s.append(" = ").append(p.defaultRepr());
            }
        }
        return s.append(')').toString();
    }
}
