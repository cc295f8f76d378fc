package io.envtune.server.internal;

import io.envtune.platform.Plugins;
import io.envtune.server.internal.core.Limits;
import java.nio.file.Path;
import java.time.Duration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * A server run from configuration: present only while a configuration with this PID exists, so a deployment can
 * start the service by dropping a {@code io.envtune.server.internal.ServerComponent.cfg} into {@code load/}.
 */
@Component(service = {}, configurationPolicy = ConfigurationPolicy.REQUIRE,
    configurationPid = ServerComponent.PID)
public final class ServerComponent {

    /** The configuration PID: a {@code <PID>.cfg} in {@code load/} starts the server. */
    static final String PID = "io.envtune.server.internal.ServerComponent";

    private final EnvtuneServer server;

    /**
     * @param config the configuration
     * @param plugins the live plug-ins
     */
    @Activate
    public ServerComponent(ServerConfiguration config, @Reference Plugins plugins) {
        this.server = EnvtuneServer.start(settings(config), plugins);
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
