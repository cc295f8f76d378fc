package io.envtune.server.internal;

import io.envtune.cli.CommandArgs;
import io.envtune.cli.Range;
import io.envtune.platform.Plugins;
import io.envtune.server.internal.core.Limits;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code envtune:serve}: runs the episode service over HTTP. In the foreground (the default, for
 * {@code java -jar envtune.jar envtune:serve ...}) it blocks until the framework stops, the command is interrupted,
 * or {@code envtune:serve --stop} runs; {@code --background} returns at once.
 */
@Component(service = ServeCommand.class, immediate = true, property = {"osgi.command.scope=envtune", "osgi.command.function=serve"})
public final class ServeCommand {

    /** System property naming the default BFCL data folder, as the shell's BFCL commands read it. */
    static final String BFCL_PROPERTY = "envtune.bfcl";

    private final Plugins plugins;
    private final List<EnvtuneServer> running = new CopyOnWriteArrayList<>();
    /** One latch per foreground server: a {@code --stop} releases those running now, not ones started later. */
    private final Set<CountDownLatch> foreground = ConcurrentHashMap.newKeySet();

    /** @param plugins the live plug-ins */
    @Activate
    public ServeCommand(@Reference Plugins plugins) {
        this.plugins = plugins;
    }

    /** The one declaration of {@code envtune:serve}'s options. */
    @Command(description = "Serve episodes, rewards and the curriculum over HTTP/JSON (see the io.envtune.server "
        + "README). In the foreground it serves until stopped; --background returns at once and --stop stops the "
        + "servers this command started.")
    static final class ServeOptions {
        @Option(names = "--port", paramLabel = "PORT", description = "Port (0 = any free port).")
        @Range(min = 0, max = 65_535)
        int port = 8765;

        @Option(names = "--bind", paramLabel = "ADDRESS", description = "Bind address; non-loopback needs "
            + "--token-file.")
        String bind = "127.0.0.1";

        @Option(names = "--token-file", paramLabel = "FILE", description = "File whose first line is the bearer "
            + "token.")
        String tokenFile = "";

        @Option(names = "--bfcl", paramLabel = "DIR", description = "BFCL data folder for task ids. Default: "
            + "-Denvtune.bfcl.")
        String bfcl = "";

        @Option(names = "--tasks", paramLabel = "FILE", description = "JSON Lines tasks file in the BFCL task format.")
        String tasks = "";

        @Option(names = "--max-episodes", paramLabel = "N", description = "Open episodes allowed at once.")
        @Range(min = 1, max = 1_000_000)
        int maxEpisodes = 4096;

        @Option(names = "--idle-timeout", paramLabel = "SECONDS", description = "Seconds after which an idle episode "
            + "is closed.")
        @Range(min = 1, max = 86_400)
        long idleSeconds = 600;

        @Option(names = "--threads", paramLabel = "N", description = "Request threads.")
        @Range(min = 1, max = 1024)
        int threads = 32;

        @Option(names = "--background", description = "Return at once instead of serving until stopped.")
        boolean background;

        @Option(names = "--stop", description = "Stop the servers this command started.")
        boolean stop;
    }

    /**
     * Starts a server (or stops the ones this command started); options in {@link ServeOptions}.
     *
     * @param args the raw words after the command name
     * @return a summary, or the help text
     * @throws Exception when interrupted in the foreground (the server is stopped first), or the server cannot start
     */
    @Descriptor("serve episodes, rewards and the curriculum over HTTP/JSON (see the io.envtune.server README)")
    public Object serve(@Descriptor("options; see envtune:serve --help") String... args) throws Exception {
        return CommandArgs.run("envtune:serve", new ServeOptions(), args, this::serve);
    }

    private String serve(ServeOptions o) throws InterruptedException {
        if (o.stop) {
            return stopAll();
        }
        CountDownLatch stopped = new CountDownLatch(1);
        if (!o.background) {
            // Listed before the server starts: a --stop from now on releases this command, never one missed.
            foreground.add(stopped);
        }
        EnvtuneServer server;
        try {
            server = EnvtuneServer.start(settings(o), plugins);
        } catch (RuntimeException e) {
            foreground.remove(stopped);
            throw e;
        }
        running.add(server);
        String line = "envtune server on " + server.baseUrl() + " (health: " + server.baseUrl() + "/v1/health)";
        if (o.background) {
            return line;
        }
        announce(line);
        try {
            stopped.await();
        } finally {
            foreground.remove(stopped);
            running.remove(server);
            server.close();
        }
        return "envtune server on " + server.baseUrl() + " stopped";
    }

    private static ServerSettings settings(ServeOptions o) {
        Limits d = Limits.defaults();
        Limits limits = new Limits(d.maxBodyBytes(), o.maxEpisodes, d.maxStepsPerEpisode(), d.maxStepsPerTurn(),
            Duration.ofSeconds(o.idleSeconds), d.maxStoredChars());
        return new ServerSettings(o.bind, o.port, path(o.tokenFile), bfclDir(o.bfcl), path(o.tasks), limits,
            o.threads);
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
        foreground.forEach(CountDownLatch::countDown);
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
