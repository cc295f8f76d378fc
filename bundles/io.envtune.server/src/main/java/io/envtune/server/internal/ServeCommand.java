package io.envtune.server.internal;

import io.envtune.platform.Plugins;
import io.envtune.server.internal.core.Limits;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code envtune:serve}: runs the episode service over HTTP. In the foreground (the default, for
 * {@code java -jar envtune.jar envtune:serve ...}) it blocks until the framework stops, the command is interrupted,
 * or {@code envtune:serve --stop} runs; {@code --background} returns at once.
 */
@Component(service = ServeCommand.class, property = {"osgi.command.scope=envtune", "osgi.command.function=serve"})
public final class ServeCommand {

    /** System property naming the default BFCL data folder, as the shell's BFCL commands read it. */
    static final String BFCL_PROPERTY = "envtune.bfcl";

    private final Plugins plugins;
    private final List<EnvtuneServer> running = new CopyOnWriteArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);

    /** @param plugins the live plug-ins */
    @Activate
    public ServeCommand(@Reference Plugins plugins) {
        this.plugins = plugins;
    }

    /**
     * Starts a server (or stops the ones this command started).
     *
     * @param port the port
     * @param bind the bind address
     * @param tokenFile the bearer-token file
     * @param bfcl the BFCL data folder
     * @param tasks a tasks file
     * @param maxEpisodes the open-episode limit
     * @param idleSeconds the idle timeout
     * @param threads the request threads
     * @param background whether to return at once
     * @param stop whether to stop the running servers instead
     * @return a summary
     * @throws InterruptedException when interrupted in the foreground (the server is stopped first)
     */
    @Descriptor("serve episodes, rewards and the curriculum over HTTP/JSON (see the io.envtune.server README)")
    public String serve(
        @Descriptor("port (0 = any free port)") @Parameter(names = "--port", absentValue = "8765") int port,
        @Descriptor("bind address; non-loopback needs --token-file") @Parameter(names = "--bind",
            absentValue = "127.0.0.1") String bind,
        @Descriptor("file whose first line is the bearer token") @Parameter(names = "--token-file",
            absentValue = "") String tokenFile,
        @Descriptor("BFCL data folder for task ids (default: -Denvtune.bfcl)") @Parameter(names = "--bfcl",
            absentValue = "") String bfcl,
        @Descriptor("JSON Lines tasks file in the BFCL task format") @Parameter(names = "--tasks", absentValue = "")
        String tasks,
        @Descriptor("open episodes allowed at once") @Parameter(names = "--max-episodes", absentValue = "4096")
        int maxEpisodes,
        @Descriptor("seconds after which an idle episode is closed") @Parameter(names = "--idle-timeout",
            absentValue = "600") long idleSeconds,
        @Descriptor("request threads") @Parameter(names = "--threads", absentValue = "32") int threads,
        @Descriptor("return at once instead of serving until stopped") @Parameter(names = "--background",
            presentValue = "true", absentValue = "false") boolean background,
        @Descriptor("stop the servers this command started") @Parameter(names = "--stop", presentValue = "true",
            absentValue = "false") boolean stop) throws InterruptedException {
        if (stop) {
            return stopAll();
        }
        Limits d = Limits.defaults();
        Limits limits = new Limits(d.maxBodyBytes(), maxEpisodes, d.maxStepsPerEpisode(), d.maxStepsPerTurn(),
            Duration.ofSeconds(idleSeconds), d.maxStoredChars());
        ServerSettings settings = new ServerSettings(bind, port, path(tokenFile), bfclDir(bfcl), path(tasks), limits,
            threads);
        EnvtuneServer server = EnvtuneServer.start(settings, plugins);
        running.add(server);
        String line = "envtune server on " + server.baseUrl() + " (health: " + server.baseUrl() + "/v1/health)";
        if (background) {
            return line;
        }
        announce(line);
        try {
            stopped.await();
        } finally {
            running.remove(server);
            server.close();
        }
        return "envtune server on " + server.baseUrl() + " stopped";
    }

    /**
     * Writes to the process's standard output directly: while a command runs in the launcher's one-shot mode, Gogo
     * routes {@code System.out} back into the session, which writes to {@code System.out} (a stack overflow).
     */
    @SuppressWarnings("resource") // closing it would close the process's standard output
    private static void announce(String line) {
        PrintStream console = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        console.println(line);
    }

    private String stopAll() {
        int n = running.size();
        running.forEach(EnvtuneServer::close);
        running.clear();
        stopped.countDown();
        return "stopped " + n + " server(s)";
    }

    private static Path path(String value) {
        return value == null || value.isBlank() ? null : Path.of(value);
    }

    private static Path bfclDir(String option) {
        String dir = option == null || option.isBlank() ? System.getProperty(BFCL_PROPERTY, "") : option;
        return path(dir);
    }

    /** Stops every server this command started and releases foreground commands. */
    @Deactivate
    void deactivate() {
        stopAll();
    }
}
