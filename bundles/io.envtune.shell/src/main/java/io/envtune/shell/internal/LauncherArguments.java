package io.envtune.shell.internal;

import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** Reads the command-line arguments that bnd's launcher publishes as the {@code launcher.arguments} property. */
final class LauncherArguments {

    private LauncherArguments() {
    }

    /**
     * @param context a bundle context
     * @return the arguments given after {@code java -jar envtune.jar}, or an empty list
     */
    static List<String> of(BundleContext context) {
        try {
            ServiceReference<?>[] refs = context.getAllServiceReferences(null, "(launcher.arguments=*)");
            if (refs == null) {
                return List.of();
            }
            Object value = refs[0].getProperty("launcher.arguments");
            return value instanceof String[] arr ? List.of(arr) : List.of();
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
