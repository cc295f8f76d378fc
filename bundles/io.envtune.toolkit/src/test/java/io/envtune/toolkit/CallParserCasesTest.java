package io.envtune.toolkit;

import static org.junit.Assert.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import io.envtune.toolkit.internal.call.CallParser;
import io.envtune.toolkit.internal.call.ParsedCall;
import io.envtune.toolkit.internal.python.PyRepr;
import io.envtune.toolkit.value.PyException;
import io.envtune.toolkit.value.PyTuple;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.Test;

/**
 * The parser against CPython 3.11's eval on generated inputs (parser_cases.jsonl: hand-picked inputs, random literal
 * calls and random mutations of them). Expected strings are {@code CALL <args repr> <kwargs repr>},
 * {@code VAL <repr>} or {@code ERR <str(exception)>}; the names ls, pwd, mean, cd and f are defined.
 */
public final class CallParserCasesTest {

    private static final Set<String> DEFINED = Set.of("ls", "pwd", "mean", "cd", "f");

    static String run(String text) {
        try {
            ParsedCall p = CallParser.parseFull(text);
            if (p.isCall()) {
                if (p.dotted() || !DEFINED.contains(p.callee())) {
                    return "ERR name '" + p.rootName() + "' is not defined";
                } else if (p.deferred() != null) {
                    return "ERR " + p.deferred().getMessage();
                }
                return "CALL " + PyRepr.repr(new PyTuple(p.args())) + " " + PyRepr.repr(p.kwargs());
            }
            return p.deferred() != null ? "ERR " + p.deferred().getMessage() : "VAL " + PyRepr.repr(p.value());
        } catch (PyException e) {
            return "ERR " + e.getMessage();
        }
    }

    private Set<String> knownDivergences() throws IOException {
        Set<String> known = new java.util.HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("parser_divergences.txt"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.startsWith("#")) {
                    known.add(JsonParser.parseString(line).getAsString());
                }
            }
        }
        return known;
    }

    @Test
    public void matchesCPython() throws IOException {
        Set<String> known = knownDivergences();
        List<String> mismatches = new ArrayList<>();
        int total = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("parser_cases.jsonl"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                JsonArray c = JsonParser.parseString(line).getAsJsonArray();
                String input = c.get(0).getAsString();
                String expected = c.get(1).getAsString();
                String actual = run(input);
                total++;
                if (!expected.equals(actual) && !known.contains(input)) {
                    mismatches.add(PyRepr.repr(input) + "\n   expected " + expected + "\n   actual   " + actual);
                }
            }
        }
        assertTrue(total > 6000);
        assertTrue(mismatches.size() + " of " + total + ":\n" + String.join("\n", mismatches), mismatches.isEmpty());
    }
}
