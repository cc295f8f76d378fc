package io.envtune.shell.internal;

import io.envtune.cli.CommandArgs;
import picocli.CommandLine.Command;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.felix.service.command.Descriptor;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** {@code envtune:help}: every command of scope envtune with its description, read from the live registry. */
@Component(service = HelpCommand.class, property = {
    "osgi.command.scope=envtune", "osgi.command.function=help"})
public final class HelpCommand {

    private final BundleContext context;

    /** @param context the bundle context, to find command services */
    @Activate
    public HelpCommand(BundleContext context) {
        this.context = context;
    }

    /** {@code envtune:help} takes no options. */
    @Command(description = "List every envtune command with its description.")
    static final class NoOptions {
    }

    /**
     * @param args the raw words after the command name (only {@code --help} is accepted)
     * @return one line per envtune command with its description
     * @throws Exception never, in practice
     */
    @Descriptor("list every envtune command with its description")
    public Object help(@Descriptor("none; see envtune:help --help") String... args) throws Exception {
        return CommandArgs.run("envtune:help", new NoOptions(), args, o -> list());
    }

    private String list() {
        Map<String, String> lines = new TreeMap<>();
        for (ServiceReference<?> ref : commandServices()) {
            Object service = context.getService(ref);
            try {
                describe(service, functions(ref), lines);
            } finally {
                context.ungetService(ref);
            }
        }
        StringBuilder out = new StringBuilder();
        lines.forEach((name, text) -> out.append(String.format("%-22s %s%n", "envtune:" + name, text)));
        return out.append("Type 'envtune:<command> --help' for its options, defaults and ranges.").toString();
    }

    private List<ServiceReference<?>> commandServices() {
        try {
            ServiceReference<?>[] refs = context.getAllServiceReferences(null, "(osgi.command.scope=envtune)");
            return refs == null ? List.of() : List.of(refs);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> functions(ServiceReference<?> ref) {
        Object f = ref.getProperty("osgi.command.function");
        List<String> out = new ArrayList<>();
        if (f instanceof String[] arr) {
            out.addAll(List.of(arr));
        } else if (f != null) {
            out.add(f.toString());
        }
        return out;
    }

    private static void describe(Object service, List<String> names, Map<String, String> lines) {
        if (service == null) {
            return;
        }
        for (Method m : service.getClass().getMethods()) {
            Descriptor d = m.getAnnotation(Descriptor.class);
            if (d != null && names.contains(m.getName())) {
                lines.putIfAbsent(m.getName(), d.value());
            }
        }
    }
}
