package io.envtune.testkit;

import io.envtune.api.Task;
import io.envtune.api.ToolCall;
import io.envtune.api.UserTurn;
import io.envtune.toolkit.PyCalls;
import io.envtune.toolkit.PyText;
import io.envtune.toolkit.generate.Wording;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * How varied generated question texts are, per tool intent. An intent is the set of tools a turn's ground truth
 * calls; only turns with one message and some ground truth count. A text is normalised by masking the argument
 * values of its ground truth (and any number) as {@code <v>}, with the quotes around them; miss_param clarification
 * turns are left out. Two figures per intent:
 * <ul>
 *   <li>{@code texts}: distinct masked texts, and {@code topShare}, the share of the most frequent one;</li>
 *   <li>{@code cores}: distinct masked texts once the words {@link Wording} frames clauses with are removed too, so
 *       only the domain's own phrasings count.</li>
 * </ul>
 */
public final class WordingMeasure {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:[.,]\\d+)*");
    private static final Pattern QUOTED = Pattern.compile("[\"'`]?<v>[\"'`]?");
    private static final Set<String> FRAMING = Wording.framingWords();

    /**
     * The figures of one intent.
     *
     * @param intent the tools, joined with {@code +}
     * @param samples turns counted
     * @param texts distinct masked texts
     * @param topShare the share of the most frequent masked text
     * @param cores distinct masked texts without framing words
     */
    public record Intent(String intent, int samples, int texts, double topShare, int cores) {
    }

    private WordingMeasure() {
    }

    /**
     * @param tasks generated tasks
     * @return the figures per intent, by intent name
     */
    public static Map<String, Intent> measure(Collection<Task> tasks) {
        Map<String, Map<String, Integer>> masked = new TreeMap<>();
        Map<String, Set<String>> cores = new HashMap<>();
        for (Task task : tasks) {
            for (int t = 0; t < task.turns().size(); t++) {
                UserTurn turn = task.turns().get(t);
                if (turn.messages().size() != 1 || turn.groundTruth().isEmpty() || clarifies(task, t)) {
                    continue;
                }
                List<ToolCall> calls = turn.groundTruth().stream().map(PyCalls::parse).toList();
                String intent = String.join("+", new TreeSet<>(calls.stream().map(ToolCall::name).toList()));
                String text = mask(turn.messages().get(0).content(), calls);
                masked.computeIfAbsent(intent, k -> new HashMap<>()).merge(text, 1, Integer::sum);
                cores.computeIfAbsent(intent, k -> new TreeSet<>()).add(core(text));
            }
        }
        Map<String, Intent> out = new TreeMap<>();
        masked.forEach((intent, counts) -> {
            int samples = counts.values().stream().mapToInt(Integer::intValue).sum();
            int top = counts.values().stream().max(Comparator.naturalOrder()).orElse(0);
            out.put(intent, new Intent(intent, samples, counts.size(), (double) top / samples,
                cores.get(intent).size()));
        });
        return out;
    }

    /** A miss_param clarification ("The file is x.") supplies a value; it does not word the intent. */
    private static boolean clarifies(Task task, int turn) {
        return task.split().equals("miss_param") && turn > 0 && task.turns().get(turn - 1).groundTruth().isEmpty();
    }

    /**
     * @param text a question text
     * @param calls the ground truth it asks for
     * @return the text with every argument value and number replaced by {@code <v>}, quotes included
     */
    public static String mask(String text, List<ToolCall> calls) {
        List<String> values = new ArrayList<>();
        calls.forEach(c -> {
            c.args().forEach(v -> collect(v, values));
            c.kwargs().values().forEach(v -> collect(v, values));
        });
        values.sort(Comparator.comparingInt(String::length).reversed());
        String out = text;
        for (String v : values) {
            out = out.replace(v, "<v>");
        }
        out = NUMBER.matcher(out).replaceAll("<v>");
        return QUOTED.matcher(out).replaceAll("<v>");
    }

    private static void collect(Object value, List<String> out) {
        if (value instanceof Collection<?> c) {
            c.forEach(v -> collect(v, out));
        } else if (value instanceof Map<?, ?> m) {
            m.values().forEach(v -> collect(v, out));
        } else if (value != null && !(value instanceof Boolean)) {
            String s = PyText.str(value);
            if (s.length() >= 2 || !s.isEmpty() && Character.isDigit(s.charAt(0))) {
                out.add(s);
            }
        }
    }

    private static String core(String masked) {
        StringBuilder sb = new StringBuilder();
        for (String word : masked.toLowerCase(Locale.ROOT).split("[^a-z'<>]+")) {
            if (!word.isEmpty() && !FRAMING.contains(word)) {
                sb.append(word).append(' ');
            }
        }
        return sb.toString().trim();
    }
}
