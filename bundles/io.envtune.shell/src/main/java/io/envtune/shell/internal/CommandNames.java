package io.envtune.shell.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** The Gogo commands registered right now ({@code scope:function}), and the closest ones to a mistyped name. */
final class CommandNames {

    private static final int MAX_SUGGESTIONS = 3;

    private CommandNames() {
    }

    /**
     * @param context a bundle context
     * @return every registered command as {@code scope:function}, sorted
     */
    static List<String> registered(BundleContext context) {
        TreeSet<String> names = new TreeSet<>();
        try {
            ServiceReference<?>[] refs = context.getAllServiceReferences(null, "(osgi.command.scope=*)");
            for (ServiceReference<?> ref : refs == null ? new ServiceReference<?>[0] : refs) {
                String scope = String.valueOf(ref.getProperty("osgi.command.scope"));
                Object f = ref.getProperty("osgi.command.function");
                for (Object name : f instanceof Object[] arr ? arr : new Object[] {f}) {
                    names.add(scope + ":" + name);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return List.copyOf(names);
    }

    /**
     * @param typed what the user typed
     * @param known the registered commands
     * @return up to three known commands closest to it (edit distance, compared without the scope too)
     */
    static List<String> closest(String typed, List<String> known) {
        String wanted = typed.toLowerCase(Locale.ROOT);
        List<String> sorted = new ArrayList<>(known);
        sorted.sort(Comparator.comparingInt((String k) -> distance(wanted, k)).thenComparing(k -> k));
        List<String> out = new ArrayList<>();
        for (String k : sorted) {
            if (out.size() < MAX_SUGGESTIONS && distance(wanted, k) <= Math.max(2, wanted.length() / 3)) {
                out.add(k);
            }
        }
        return out;
    }

    /** Edit distance to the full name, or to the function alone when the user left the scope out. */
    private static int distance(String typed, String known) {
        String function = known.substring(known.indexOf(':') + 1);
        return typed.indexOf(':') < 0 ? levenshtein(typed, function) : levenshtein(typed, known);
    }

    static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
