package io.envtune.toolkit;

import io.envtune.api.EnvironmentInstance;
import io.envtune.api.FailureKind;
import io.envtune.api.ToolCall;
import io.envtune.api.ToolFailure;
import io.envtune.api.ToolResult;
import io.envtune.toolkit.internal.call.CallParser;
import io.envtune.toolkit.internal.call.ParsedCall;
import io.envtune.toolkit.internal.python.PyStrings;
import io.envtune.toolkit.internal.python.ResultText;
import io.envtune.toolkit.value.PyException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * BFCL's {@code execute_multi_turn_func_call} for one call string, without {@code eval}: blacklist
 * ({@code kill exit quit remove unlink popen Popen run} → {@code Function call kill is not allowed.}), parse (CPython's
 * syntax error texts), look the name up among the instances' tools (unknown → {@code name 'x' is not defined}),
 * evaluate the argument literals, bind and run. A bare literal evaluates to its result string, as {@code eval} would.
 * Every outcome the Python reference could produce is a {@link ToolResult}. A Java exception or error escaping a tool
 * (a bug in the port, a {@link LinkageError} of a tool bundle built against another API version or whose classes went
 * away with its bundle) or the parser is an environment bug: it is thrown as a {@link ToolFault} naming the tool and
 * the exception, never turned into a made-up Python error text; a {@link VirtualMachineError} other than a stack
 * overflow (out of memory, an internal JVM error) is thrown as it is.
 *
 * <p>Known differences from {@code eval}: builtins ({@code print}, {@code len}, …) are unknown names; expressions
 * other than one call of a tool with literal/arithmetic arguments are not evaluated; the reference's rewriting of tool
 * names inside string literals is not reproduced; argument expressions that would build more than 2**20 characters or
 * items in all, or an int of more than 2**20 bits, fail as CPython's MemoryError does (an empty message), where
 * CPython would spend seconds to minutes and gigabytes on them. Thread-safe when the instances are confined to the
 * caller.
 */
public final class CallExecutor {

    private static final Set<String> BLACKLIST = Set.of("kill", "exit", "quit", "remove", "unlink", "popen", "Popen",
            "run");

    private final List<ToolLookup> instances;
    private final Map<String, EnvironmentInstance> byTool;

    /**
     * @param instances the episode's instances with their tool names, in involved-class order
     */
    public CallExecutor(List<ToolLookup> instances) {
        this.instances = List.copyOf(instances);
        Map<String, EnvironmentInstance> map = new HashMap<>();
        for (ToolLookup lookup : this.instances) {
            for (String tool : lookup.toolNames()) {
                map.putIfAbsent(tool, lookup.instance());
            }
        }
        this.byTool = map;
    }

    /**
     * @param callText one call in Python call syntax
     * @return the result; {@code "Error during execution: ..."} for every failure Python would raise
     * @throws ToolFault when the tool's or the parser's Java code failed
     */
    public ToolResult execute(String callText) {
        String refused = blacklisted(callText);
        if (refused != null) {
            return ToolResult.raised(Invocation.ERROR_PREFIX + "Function call " + refused + " is not allowed.",
                    new ToolFailure(FailureKind.REFUSED, refused, null, refused));
        }
        ParsedCall parsed;
        try {
            parsed = CallParser.parseFull(callText);
        } catch (PyException e) {
            return Invocation.raised(toolNameOf(callText), e);
        } catch (RuntimeException | StackOverflowError e) {
            throw new ToolFault("CallParser", "parse", e);
        }
        return run(parsed);
    }

    private ToolResult run(ParsedCall parsed) {
        if (!parsed.isCall()) {
            return parsed.deferred() != null ? Invocation.raised("", parsed.deferred())
                    : convertLiteral(parsed.value());
        }
        EnvironmentInstance instance = parsed.dotted() ? null : byTool.get(parsed.callee());
        if (instance == null) {
            return Invocation.unknownTool(parsed.rootName());
        } else if (parsed.deferred() != null) {
            return Invocation.raised(parsed.callee(), parsed.deferred());
        }
        try {
            return instance.invoke(new ToolCall(parsed.callee(), parsed.args(), parsed.kwargs()));
        } catch (ToolFault e) {
            throw e;
        } catch (VirtualMachineError e) {
            if (e instanceof StackOverflowError) {
                throw new ToolFault(instance.environmentId(), parsed.callee(), e);
            }
            throw e;
        } catch (RuntimeException | Error e) {
            // A LinkageError lands here too: its environment bundle does not link with this platform.
            throw new ToolFault(instance.environmentId(), parsed.callee(), e);
        }
    }

    private static ToolResult convertLiteral(Object value) {
        try {
            return ToolResult.ok(ResultText.of(value));
        } catch (PyException e) {
            return Invocation.raised("", e);
        }
    }

    /**
     * BFCL's text test: the part before the first {@code (}, then the part after its first {@code .} (up to the next
     * one), compared with the blacklist.
     */
    static String blacklisted(String text) {
        int paren = text.indexOf('(');
        String head = paren >= 0 ? text.substring(0, paren) : text;
        int dot = head.indexOf('.');
        if (dot >= 0) {
            int next = head.indexOf('.', dot + 1);
            head = head.substring(dot + 1, next >= 0 ? next : head.length());
        }
        return BLACKLIST.contains(head) ? head : null;
    }

    private static String toolNameOf(String text) {
        int paren = text.indexOf('(');
        return PyStrings.strip(paren >= 0 ? text.substring(0, paren) : text);
    }

    /**
     * An instance with the set of tool names it answers to.
     *
     * @param instance the instance
     * @param toolNames its tools
     */
    public record ToolLookup(EnvironmentInstance instance, java.util.Set<String> toolNames) {
    }
}
