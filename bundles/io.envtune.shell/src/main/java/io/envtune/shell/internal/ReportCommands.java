package io.envtune.shell.internal;

import io.envtune.cli.CommandArgs;
import java.nio.file.Files;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import io.envtune.report.Reports;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Component;

/** {@code envtune:report RUN}: the HTML/PNG report of a training run, and its text summary. */
@Component(service = ReportCommands.class, property = {
    "osgi.command.scope=envtune", "osgi.command.function=report"})
public final class ReportCommands {

    /**
     * @param args the raw words after the command name: the run folder
     * @return the text summary and where the HTML report was written, or the help text
     * @throws Exception when the report cannot be written
     */
    @Descriptor("write the HTML report of a training run (charts, stage table, per-turn ledger) and print a summary")
    public Object report(@Descriptor("the run folder") String... args) throws Exception {
        return CommandArgs.run("envtune:report", new ReportOptions(), args, o -> report(o.run));
    }

    /** The one declaration of {@code envtune:report}'s arguments. */
    @Command(description = "Write the HTML report of a training run (charts, stage table, per-turn ledger) and print "
        + "a summary.")
    static final class ReportOptions {
        @Parameters(arity = "1", paramLabel = "RUN", description = "The run folder.")
        String run;
    }

    private String report(String run) throws IOException {
        Path dir = Path.of(run);
        if (!Files.exists(dir.resolve("config.json"))) {
            throw new IllegalArgumentException("envtune:report: no training run in " + dir + " (no config.json)");
        }
        Path html = Reports.write(dir);
        return Reports.text(dir) + "\nreport: " + html.toAbsolutePath();
    }
}
