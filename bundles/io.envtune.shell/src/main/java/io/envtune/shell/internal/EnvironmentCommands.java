package io.envtune.shell.internal;

import io.envtune.cli.CommandArgs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import io.envtune.api.ToolEnvironment;
import io.envtune.api.ToolSpec;
import io.envtune.platform.Plugins;
import io.envtune.platform.RegisteredEnvironment;
import io.envtune.toolkit.Signature;
import java.util.ArrayList;
import java.util.List;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Gogo commands about tool environments: {@code envtune:envs} and {@code envtune:tools}. */
@Component(service = EnvironmentCommands.class, property = {
    "osgi.command.scope=envtune", "osgi.command.function=envs", "osgi.command.function=tools"})
public final class EnvironmentCommands {

    private final Plugins plugins;

    /** @param plugins the platform's live plug-ins */
    @Activate
    public EnvironmentCommands(@Reference Plugins plugins) {
        this.plugins = plugins;
    }

    /**
     * Lists every registered tool environment.
     *
     * @param args the raw words after the command name (only {@code --help} is accepted)
     * @return one line per environment: id, version, bundle, number of tools, or the help text
     * @throws Exception never, in practice
     */
    @Descriptor("list the registered tool environments: id, version, providing bundle, number of tools")
    public Object envs(@Descriptor("none; see envtune:envs --help") String... args) throws Exception {
        return CommandArgs.run("envtune:envs", new EnvsOptions(), args, o -> list());
    }

    /** {@code envtune:envs} takes no options. */
    @Command(description = "List the registered tool environments: id, version, providing bundle, number of tools.")
    static final class EnvsOptions {
    }

    /** The one declaration of {@code envtune:tools}'s options. */
    @Command(description = "List the tools of one environment (or all) with their Python signatures.")
    static final class ToolsOptions {
        @Parameters(arity = "0..1", paramLabel = "ENV", description = "Environment id, e.g. GorillaFileSystem; omit "
            + "for all.")
        String env = "*";
    }

    private String list() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ID", "VERSION", "BUNDLE", "TOOLS"});
        plugins.environments().forEach(e -> rows.add(new String[] {e.environment().id(), e.environment().version(),
            e.origin(), Integer.toString(e.environment().tools().size())}));
        return Table.render(rows) + (rows.size() - 1) + " environment(s)";
    }

    /**
     * Lists tools with their Python signatures.
     *
     * @param args the raw words after the command name: an environment id, or none for all
     * @return one line per tool, or the help text
     * @throws Exception when the environment is unknown
     */
    @Descriptor("list the tools of one environment (or all) with their signatures")
    public Object tools(@Descriptor("environment id, e.g. GorillaFileSystem; omit for all") String... args)
        throws Exception {
        return CommandArgs.run("envtune:tools", new ToolsOptions(), args, o -> tools(o.env));
    }

    private String tools(String wanted) {
        StringBuilder out = new StringBuilder();
        int count = 0;
        for (RegisteredEnvironment e : plugins.environments()) {
            ToolEnvironment te = e.environment();
            if (!wanted.equals("*") && !wanted.equals(te.id())) {
                continue;
            }
            for (ToolSpec spec : te.tools()) {
                out.append(te.id()).append('.').append(Signature.text(spec)).append("\n    ")
                    .append(spec.description()).append('\n');
                count++;
            }
        }
        if (count == 0 && !wanted.equals("*")) {
            throw new IllegalArgumentException("no environment with id '" + wanted + "'; see envtune:envs");
        }
        return out.append(count).append(" tool(s)").toString();
    }
}
