package io.envtune.server.internal;

import io.envtune.platform.Plugins;
import io.envtune.server.internal.core.Limits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * A server run from configuration: present only while a configuration with this PID exists, so a deployment can
 * start the service by dropping a {@code io.envtune.server.internal.ServerComponent.cfg} into {@code load/}.
 *
 * <p>A configuration that cannot run (a value of the wrong type, a port out of range, a port in use, a missing token
 * file) gives one warning record naming the file and the problem, and no server; the component still
 * activates, so SCR prints no stack trace, and a corrected file (FileInstall passes the change on) starts the server.
 */
@Component(service = {}, configurationPolicy = ConfigurationPolicy.REQUIRE,
    configurationPid = ServerComponent.PID)
public final class ServerComponent {

    /** The configuration PID: a {@code <PID>.cfg} in {@code load/} starts the server. */
    static final String PID = "io.envtune.server.internal.ServerComponent";

    private static final System.Logger LOG = System.getLogger(ServerComponent.class.getName());

    private final EnvtuneServer server;

    /**
     * @param config the configuration
     * @param properties the raw configuration, to name a bad value and the file it came from
     * @param plugins the live plug-ins
     */
    @Activate
    public ServerComponent(ServerConfiguration config, Map<String, Object> properties, @Reference Plugins plugins) {
        this.server = start(config, properties, plugins);
    }

    /** @return the running server, or null after one warning saying why there is none */
    static EnvtuneServer start(ServerConfiguration config, Map<String, Object> properties, Plugins plugins) {
        List<String> problems = ServerConfigCheck.problems(config, properties);
        String why;
        if (problems.isEmpty()) {
            try {
                return EnvtuneServer.start(settings(config), plugins);
            } catch (RuntimeException e) {
                why = message(e);
            }
        } else {
            why = String.join("; ", problems);
        }
        LOG.log(System.Logger.Level.WARNING, "envtune: " + ServerConfigCheck.source(properties) + ": " + why
            + "; no server started, everything else keeps running");
        return null;
    }

    /** The exception's own text and its causes', on one line. */
    private static String message(Throwable e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c.getMessage() != null && !text.toString().contains(c.getMessage())) {
                text.append(": ").append(c.getMessage());
            }
        }
        return text.toString().replace('\n', ' ');
    }

    static ServerSettings settings(ServerConfiguration c) {
        Limits limits = new Limits(c.maxBodyBytes(), c.maxOpenEpisodes(), c.maxStepsPerEpisode(),
            c.maxStepsPerTurn(), Duration.ofSeconds(c.idleTimeoutSeconds()), c.maxStoredMegachars() << 20);
        return new ServerSettings(c.bind(), c.port(), path(c.tokenFile()), path(c.bfclDir()), path(c.tasksFile()),
            limits, c.threads());
    }

    private static Path path(String value) {
        return value == null || value.isBlank() ? null : Path.of(value);
    }

    @Deactivate
    void stop() {
        if (server != null) {
            server.close();
        }
    }
}
