package io.envtune.server.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@link ServerConfiguration} the way SCR hands it over and names what is wrong with it. SCR converts a
 * {@code .cfg} file's strings lazily: a value that is not of its member's type (a port {@code abc}) throws SCR's
 * {@code ComponentException} around a {@code NumberFormatException} only when the member is read. This reads every
 * member once, up front, and turns each such failure into our own words with the raw value. Stateless.
 */
final class ServerConfigCheck {

    private ServerConfigCheck() {
    }

    /**
     * @param config the configuration as SCR built it
     * @param properties the raw component properties (the file's strings)
     * @return one text per member whose value does not convert, in member-name order; empty when all do
     */
    static List<String> problems(ServerConfiguration config, Map<String, ?> properties) {
        List<String> problems = new ArrayList<>();
        Method[] members = ServerConfiguration.class.getDeclaredMethods();
        Arrays.sort(members, Comparator.comparing(Method::getName));
        for (Method m : members) {
            try {
                m.invoke(config);
            } catch (InvocationTargetException e) {
                problems.add(m.getName() + " '" + raw(properties.get(m.getName())) + "' is not " + kind(m
                    .getReturnType()));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return problems;
    }

    /**
     * @param properties the raw component properties
     * @return where the configuration came from: FileInstall's file name, or the PID
     */
    static String source(Map<String, ?> properties) {
        Object file = properties.get("felix.fileinstall.filename");
        return file == null ? "configuration " + ServerComponent.PID : String.valueOf(file);
    }

    private static String raw(Object value) {
        return value instanceof Object[] arr ? Arrays.toString(arr) : String.valueOf(value);
    }

    private static String kind(Class<?> type) {
        if (type == int.class) {
            return "a whole number (int)";
        }
        if (type == long.class) {
            return "a whole number (long)";
        }
        return "a " + type.getSimpleName();
    }
}
