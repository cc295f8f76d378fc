package io.envtune.shell.internal;

import io.envtune.cli.Closest;
import java.util.List;
import java.util.TreeSet;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** The Gogo commands registered right now ({@code scope:function}), and the closest ones to a mistyped name. */
final class CommandNames {

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
     * @return up to three known commands closest to it (compared without the scope when the user left it out)
     */
    static List<String> closest(String typed, List<String> known) {
        return Closest.names(typed, known, k -> typed.indexOf(':') < 0 ? k.substring(k.indexOf(':') + 1) : k);
    }
}
