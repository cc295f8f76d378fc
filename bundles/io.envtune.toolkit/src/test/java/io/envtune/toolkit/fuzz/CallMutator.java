package io.envtune.toolkit.fuzz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Grammar-aware mutation of real ground-truth calls: each case takes one call of the corpus and applies one to three
 * mutations, on an argument where the call has a shape (wrong type, missing, extra, repeated or renamed argument,
 * hostile string content, huge value, deep nesting, allocation bomb, star arguments, another callee) or on the raw text
 * (truncation, random characters, deleted or doubled spans, splices of two calls, wrappers), and now and then replaces
 * the whole input with random characters or bare nesting. Deterministic for a given {@link Random}.
 */
public final class CallMutator {

    private static final Pattern CALLEE = Pattern.compile("^([A-Za-z_][A-Za-z_0-9]*)\\(");
    private static final Pattern KEYWORD = Pattern.compile("[(,]\\s*([A-Za-z_][A-Za-z_0-9]*)\\s*=");
    private static final List<String> ODD_CALLEES = List.of("kill", "exit", "quit", "remove", "unlink", "popen",
        "run", "os.system", "__import__('os').system", "eval", "exec", "print", "open", "getattr", "self.cd", "",
        "1", "class", "lambda", "ｃｄ", "CD", "c d", "cd.__class__", "__builtins__", "type", "breakpoint");
    private static final List<String> ODD_NAMES = List.of("zzz", "_", "self", "kwargs", "args", "ñame", "class", "1a",
        "None", "True", "__class__", "a" + "b".repeat(300), "x\u0000", "λ");
    private static final List<String> STAR_ARGS = List.of("*['a']", "**{'folder': 'x'}", "**{1: 2}", "*5", "**[]",
        "*'abc'", "**{'a': 1, 'a': 2}", "*[]", "**{}", "*()", "**None", "*[1] * 300");
    private static final List<String> WRAPPERS = List.of("(%s)", "%s[0]", "%s.attr", "not %s", "lambda: %s",
        "%s if 1 else 2", "f'{%s}'", "# %s", "%s # comment", "\\\n%s", "[%s]", "%s()", "%s, 1", "-%s", "%s == 1",
        "*%s", "await %s", "yield %s", "%s;", "%s\n", "\n\n%s", "\t%s", " %s", "%s:=1", "(x := %s)", "{%s}");

    private final List<String> corpus;
    private final List<String> tools;
    private final List<String> keywords;

    /** @param corpus the ground-truth calls */
    public CallMutator(List<String> corpus) {
        this.corpus = List.copyOf(corpus);
        Set<String> t = new LinkedHashSet<>();
        Set<String> k = new LinkedHashSet<>();
        for (String c : corpus) {
            Matcher m = CALLEE.matcher(c);
            if (m.find()) {
                t.add(m.group(1));
            }
            Matcher kw = KEYWORD.matcher(c);
            while (kw.find()) {
                k.add(kw.group(1));
            }
        }
        this.tools = new ArrayList<>(t);
        this.keywords = new ArrayList<>(k);
    }

    /** @return the tool names of the corpus */
    public List<String> tools() {
        return Collections.unmodifiableList(tools);
    }

    /**
     * @param r the case's random source
     * @return a mutated call
     */
    public String next(Random r) {
        int whole = r.nextInt(100);
        if (whole < 2) {
            return Hostile.randomChars(r, r.nextInt(200));
        } else if (whole < 3) {
            return Hostile.deep(r);
        }
        String call = Hostile.pick(r, corpus);
        int rounds = 1 + r.nextInt(3);
        for (int i = 0; i < rounds; i++) {
            call = mutate(r, call);
        }
        return call;
    }

    /**
     * @param r the case's random source
     * @param call a call (possibly already mutated)
     * @return the call with one more mutation
     */
    public String mutate(Random r, String call) {
        CallShape shape = CallShape.of(call);
        if (shape != null && r.nextInt(3) > 0) {
            return mutateShape(r, shape).text();
        }
        return mutateText(r, call);
    }

    private CallShape mutateShape(Random r, CallShape s) {
        int n = s.args().size();
        int i = n == 0 ? -1 : r.nextInt(n);
        int op = r.nextInt(14);
        if (i < 0 && op < 8) {
            op = 8;
        }
        return switch (op) {
            case 0 -> drop(s, i);
            case 1, 2 -> s.withValue(i, Hostile.wrongType(r));
            case 3 -> s.withValue(i, Hostile.quote(Hostile.content(r)));
            case 4 -> s.withValue(i, rare(r));
            case 5 -> s.withArg(i, renamed(r, s, i));
            case 6 -> s.withArg(i, s.value(i));
            case 7 -> insert(s, r.nextInt(n + 1), s.args().get(i));
            case 8, 9 -> insert(s, r.nextInt(n + 1), extra(r));
            case 10 -> insert(s, r.nextInt(n + 1), Hostile.pick(r, STAR_ARGS));
            case 11 -> shuffled(r, s);
            case 12 -> new CallShape(callee(r), s.args(), s.tail());
            default -> new CallShape(s.callee(), s.args(), s.tail() + Hostile.pick(r, List.of("", ")", "(", ";",
                " extra", "\n" + Hostile.pick(r, corpus), "[0]", ".x", ",")));
        };
    }

    /** The expensive values, kept to a small share of the cases. */
    private static String rare(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> Hostile.hugeString(r);
            case 1 -> Hostile.hugeNumber(r);
            case 2 -> Hostile.deep(r);
            default -> Hostile.amplifier(r);
        };
    }

    private static CallShape drop(CallShape s, int i) {
        List<String> copy = new ArrayList<>(s.args());
        copy.remove(i);
        return s.withArgs(copy);
    }

    private static CallShape insert(CallShape s, int at, String arg) {
        List<String> copy = new ArrayList<>(s.args());
        copy.add(at, arg);
        return s.withArgs(copy);
    }

    private static CallShape shuffled(Random r, CallShape s) {
        List<String> copy = new ArrayList<>(s.args());
        Collections.shuffle(copy, r);
        return s.withArgs(copy);
    }

    private String renamed(Random r, CallShape s, int i) {
        String k = s.keyword(i);
        String name = switch (r.nextInt(4)) {
            case 0 -> Hostile.pick(r, keywords);
            case 1 -> Hostile.pick(r, ODD_NAMES);
            case 2 -> k == null || k.length() < 2 ? "x" : k.substring(1);
            default -> k == null ? "X" : k.toUpperCase(java.util.Locale.ROOT);
        };
        return name + "=" + s.value(i);
    }

    private String extra(Random r) {
        String name = r.nextBoolean() ? Hostile.pick(r, keywords) : Hostile.pick(r, ODD_NAMES);
        String value = r.nextBoolean() ? Hostile.wrongType(r) : Hostile.quote(Hostile.content(r));
        return r.nextInt(4) == 0 ? value : name + "=" + value;
    }

    private String callee(Random r) {
        return r.nextBoolean() ? Hostile.pick(r, tools) : Hostile.pick(r, ODD_CALLEES);
    }

    private String mutateText(Random r, String call) {
        int len = call.length();
        int at = r.nextInt(len + 1);
        int to = Math.min(len, at + r.nextInt(Math.max(1, len - at) + 1));
        return switch (r.nextInt(8)) {
            case 0 -> call.substring(0, at);
            case 1 -> call.substring(0, at) + Hostile.randomChars(r, 1 + r.nextInt(8)) + call.substring(at);
            case 2 -> call.substring(0, at) + call.substring(to);
            case 3 -> call.substring(0, to) + call.substring(at);
            case 4 -> call.substring(0, at) + "()[]{}'\"\\\n#,=*".charAt(r.nextInt(14)) + call.substring(at);
            case 5 -> call + Hostile.pick(r, List.of("; ", "\n", ", ", " + ", " or ", "")) + Hostile.pick(r, corpus);
            case 6 -> Hostile.pick(r, WRAPPERS).replace("%s", call);
            default -> call.substring(0, at) + Hostile.pick(r, corpus) + call.substring(at);
        };
    }
}
