package io.envtune.runtime;

import io.envtune.api.Task;
import io.envtune.api.ToolCall;
import io.envtune.api.UserTurn;
import io.envtune.toolkit.PyCalls;
import io.envtune.toolkit.value.PyTuple;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ground-truth argument values of a task, for the hint leakage guard: every string of length 3 or more
 * (lower-cased; list items, dict keys and values included) and every number of the task's ground-truth calls.
 *
 * @param strings the strings, lower-cased
 * @param numbers the numbers, without trailing zeros (so {@code 5} and {@code 5.0} are one value)
 */
record GroundTruthValues(Set<String> strings, Set<BigDecimal> numbers) {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");

    static GroundTruthValues of(Task task) {
        GroundTruthValues v = new GroundTruthValues(new HashSet<>(), new HashSet<>());
        for (UserTurn turn : task.turns()) {
            for (String text : turn.groundTruth()) {
                ToolCall call = PyCalls.parse(text);
                call.args().forEach(v::add);
                call.kwargs().values().forEach(v::add);
            }
        }
        return v;
    }

    private void add(Object value) {
        if (value instanceof String s && s.strip().length() >= 3) {
            strings.add(s.toLowerCase(Locale.ROOT));
        } else if (value instanceof Long || value instanceof BigInteger
            || value instanceof Double d && Double.isFinite(d)) {
            numbers.add(new BigDecimal(value.toString()).stripTrailingZeros());
        } else if (value instanceof List<?> l) {
            l.forEach(this::add);
        } else if (value instanceof PyTuple t) {
            t.items().forEach(this::add);
        } else if (value instanceof Map<?, ?> m) {
            m.keySet().forEach(this::add);
            m.values().forEach(this::add);
        }
    }

    /**
     * @param hint a hint
     * @param seen everything the model could already see (conversation, raw results, tool specs)
     * @return the first ground-truth value the hint shows that {@code seen} does not hold
     */
    Optional<String> leaked(String hint, String seen) {
        String h = hint.toLowerCase(Locale.ROOT);
        String s = seen.toLowerCase(Locale.ROOT);
        for (String v : strings) {
            if (h.contains(v) && !s.contains(v)) {
                return Optional.of("'" + v + "'");
            }
        }
        Set<BigDecimal> inHint = numbersIn(hint);
        inHint.retainAll(numbers);
        if (!inHint.isEmpty()) {
            inHint.removeAll(numbersIn(seen));
        }
        return inHint.stream().findFirst().map(BigDecimal::toPlainString);
    }

    private static Set<BigDecimal> numbersIn(String text) {
        Set<BigDecimal> out = new HashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            out.add(new BigDecimal(m.group()).stripTrailingZeros());
        }
        return out;
    }
}
