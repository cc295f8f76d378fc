package io.envtune.toolkit.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Varies question texts: picks one of several phrasings, fills placeholders, quotes names in a style chosen per task,
 * and frames the clauses of one turn as a user message with varied openers, request frames, connectors, sentence
 * order and closing courtesies. One instance per task, driven by the task's random numbers; not thread-safe.
 *
 * <p>Clauses are imperative verb phrases in lower case ({@code "open the reports folder"}); see {@link Request}.
 * Two clauses may be told in reverse order ({@code "Delete b, but first copy a."}); the ground truth keeps the order
 * of the requests, and the text always says which comes first.
 */
public final class Wording {

    private static final Pattern SLOT = Pattern.compile("\\{([a-zA-Z0-9_]+)\\}");
    private static final List<String> FIRST_OPENERS = List.of("Hi.", "Hello!", "Hey,", "Good morning.",
        "Quick request:", "Okay,", "So,", "Hi there,", "Right,");
    private static final List<String> LATER_OPENERS = List.of("Next,", "Now", "Alright,", "Okay,", "Also,",
        "One more thing:", "Then", "Great.", "Thanks. Now", "Good. Next,", "Perfect.");
    private static final List<String> FRAMES = List.of("{C}.", "Please {c}.", "Could you {c}?", "Can you {c}?",
        "I'd like you to {c}.", "I need you to {c}.", "Would you {c}, please?", "{C}, please.", "Go ahead and {c}.",
        "Kindly {c}.", "Could you please {c}?", "When you get a chance, {c}.", "I'd appreciate it if you could {c}.",
        "Your next job: {c}.");
    private static final List<String> JOINS = List.of("{A}, then {b}.", "{A} and then {b}.", "{A}; after that, {b}.",
        "First {a}, and next {b}.", "{A}. Then {b}.", "Please {a}. After that, {b}.", "{A}, and once that's done, {b}.",
        "Could you {a} and then {b}?", "{A}. When that's finished, {b}.", "{A}, and afterwards {b}.");
    private static final List<String> REVERSED = List.of("{B}, but first {a}.", "Before you {b}, {a}.",
        "I want you to {b}; before that, please {a}.", "{B} (after you {a}).");
    private static final List<String> CLOSINGS = List.of(" Thanks!", " Thank you.", " Cheers.", " Much appreciated.",
        " Thanks in advance.");
    private static final List<String[]> QUOTES = List.of(new String[] {"", ""}, new String[] {"\"", "\""},
        new String[] {"`", "`"}, new String[] {"", ""});

    private final SplittableRandom random;
    private final String[] quote;

    /** @param random the task's random numbers; also used by callers for their own choices */
    public Wording(SplittableRandom random) {
        this.random = random;
        this.quote = QUOTES.get(random.nextInt(QUOTES.size()));
    }

    /** @return the random numbers this wording draws from */
    public SplittableRandom random() {
        return random;
    }

    /**
     * @param options the options, at least one
     * @param <T> the type
     * @return one of them, uniformly
     */
    public <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /**
     * @param options the options, at least one
     * @return one of them, uniformly
     */
    public String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    /**
     * Picks a template and fills its {@code {name}} placeholders.
     *
     * @param templates the phrasings of one intent
     * @param namesAndValues placeholder name, value, name, value, … (values printed with {@link String#valueOf})
     * @return the filled phrasing
     * @throws IllegalArgumentException when a placeholder has no value
     */
    public String phrase(List<String> templates, Object... namesAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            values.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        }
        return fill(pick(templates), values);
    }

    /**
     * @param template text with {@code {name}} placeholders
     * @param values the value of each placeholder
     * @return the text with every placeholder replaced
     * @throws IllegalArgumentException when a placeholder has no value
     */
    public static String fill(String template, Map<String, ?> values) {
        Matcher m = SLOT.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            if (!values.containsKey(m.group(1))) {
                throw new IllegalArgumentException("no value for {" + m.group(1) + "} in: " + template);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(String.valueOf(values.get(m.group(1)))));
        }
        return m.appendTail(sb).toString();
    }

    /**
     * @param name a file name, user name or other identifier
     * @return the name in this task's quoting style (bare, double quotes or backticks)
     */
    public String quote(String name) {
        return quote[0] + name + quote[1];
    }

    /**
     * Frames the clauses of one turn as a user message.
     *
     * @param clauses the clauses in ground-truth order, at least one
     * @param turnIndex the turn's index in the task (0 gets greetings, later turns get transitions)
     * @return the message text
     */
    public String turn(List<String> clauses, int turnIndex) {
        String body = clauses.size() == 1 ? frame(clauses.get(0)) : join(clauses);
        if (random.nextInt(10) < 4) {
            body = open(turnIndex == 0 ? FIRST_OPENERS : LATER_OPENERS, body);
        }
        if (random.nextInt(10) < 2) {
            body = body + pick(CLOSINGS);
        }
        return body;
    }

    private String frame(String clause) {
        return fillClauses(pick(FRAMES), List.of(clause));
    }

    private String join(List<String> clauses) {
        if (clauses.size() == 2 && random.nextInt(4) == 0) {
            return fillClauses(pick(REVERSED), clauses);
        }
        String last = clauses.get(clauses.size() - 1);
        List<String> head = clauses.subList(0, clauses.size() - 1);
        String first = head.size() == 1 ? head.get(0) : String.join(", ", head.subList(0, head.size() - 1))
            + pick(", then ", ", ", " and ") + head.get(head.size() - 1);
        return fillClauses(pick(JOINS), List.of(first, last));
    }

    private static String fillClauses(String template, List<String> clauses) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("c", clauses.get(0));
        values.put("C", capitalise(clauses.get(0)));
        values.put("a", clauses.get(0));
        values.put("A", capitalise(clauses.get(0)));
        if (clauses.size() > 1) {
            values.put("b", clauses.get(1));
            values.put("B", capitalise(clauses.get(1)));
        }
        return fill(template, values);
    }

    private String open(List<String> openers, String body) {
        String opener = pick(openers);
        boolean continues = opener.endsWith(",") || Character.isLetter(opener.charAt(opener.length() - 1));
        return opener + " " + (continues ? decapitalise(body) : body);
    }

    /**
     * @param text some text
     * @return the text with its first letter in upper case
     */
    public static String capitalise(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private static String decapitalise(String text) {
        // Keep a capital that starts a name ("I", "API") rather than lower-casing it.
        if (text.length() > 1 && Character.isUpperCase(text.charAt(1)) || text.startsWith("I ")
            || text.startsWith("I'")) {
            return text;
        }
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }

    /**
     * The words this class adds around clauses (openers, frames, connectors, closings), lower case. A measure of how
     * much a domain varies its own phrasings removes them, so that {@link #turn}'s framing does not count.
     *
     * @return the words
     */
    public static Set<String> framingWords() {
        Set<String> words = new TreeSet<>();
        for (List<String> texts : List.of(FIRST_OPENERS, LATER_OPENERS, FRAMES, JOINS, REVERSED, CLOSINGS)) {
            for (String text : texts) {
                for (String word : SLOT.matcher(text).replaceAll(" ").toLowerCase(Locale.ROOT).split("[^a-z']+")) {
                    if (!word.isEmpty()) {
                        words.add(word);
                    }
                }
            }
        }
        return Collections.unmodifiableSet(words);
    }

    /**
     * Lists items in prose: {@code a}, {@code a and b}, {@code a, b and c}.
     *
     * @param items the items
     * @return the list
     */
    public String list(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        List<String> head = new ArrayList<>(items.subList(0, items.size() - 1));
        return String.join(", ", head) + pick(" and ", " plus ", ", and ") + items.get(items.size() - 1);
    }
}
