package io.envtune.shell.internal;

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
     * @param run the run folder
     * @return the text summary and where the HTML report was written
     * @throws IOException when the report cannot be written
     */
    @Descriptor("write the HTML report of a training run (charts, stage table, per-turn ledger) and print a summary")
    public String report(@Descriptor("the run folder") String run) throws IOException {
        Path dir = Path.of(run);
        Path html = Reports.write(dir);
        return Reports.text(dir) + "\nreport: " + html.toAbsolutePath();
    }
}
