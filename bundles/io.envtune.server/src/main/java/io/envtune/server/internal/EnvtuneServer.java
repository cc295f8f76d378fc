package io.envtune.server.internal;

import io.envtune.platform.Plugins;
import io.envtune.platform.TaskCatalog;
import io.envtune.server.internal.core.ServiceCore;
import io.envtune.server.internal.http.ApiServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One running service: the core, its HTTP front and the sweeper that closes idle episodes. Started by the DS
 * component or the {@code envtune:serve} command; {@link #close()} stops it and releases every episode.
 */
public final class EnvtuneServer implements AutoCloseable {

    private final ServerSettings settings;
    private final ServiceCore core;
    private final ApiServer http;
    private final ScheduledExecutorService sweeper;

    private EnvtuneServer(ServerSettings settings, ServiceCore core, ApiServer http) {
        this.settings = settings;
        this.core = core;
        this.http = http;
        this.sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "envtune-expiry");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(1, Math.min(30_000, settings.limits().idleTimeout().toMillis() / 4));
        sweeper.scheduleWithFixedDelay(this::sweep, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Starts a server.
     *
     * @param settings where and how
     * @param plugins environments, rewards, augmenters, task sources, curriculum
     * @return the running server
     * @throws IllegalArgumentException when a non-loopback bind has no token, or a file cannot be read
     * @throws IllegalStateException when the port cannot be bound
     */
    public static EnvtuneServer start(ServerSettings settings, Plugins plugins) {
        InetAddress address = resolve(settings.bind());
        String token = settings.tokenFile() == null ? null : readToken(settings.tokenFile());
        if (token == null && !address.isLoopbackAddress()) {
            throw new IllegalArgumentException("binding to " + settings.bind() + " (not loopback) needs a bearer "
                + "token: give --token-file FILE (or the tokenFile configuration)");
        }
        ServiceCore core = new ServiceCore(plugins, TaskCatalog.open(settings.tasks(), plugins::taskSources),
            settings.limits(), System::nanoTime);
        try {
            ApiServer http = new ApiServer(core, new InetSocketAddress(address, settings.port()), token,
                settings.threads());
            return new EnvtuneServer(settings, core, http);
        } catch (RuntimeException e) {
            core.close();
            throw e;
        }
    }

    private static InetAddress resolve(String bind) {
        try {
            return InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("cannot resolve bind address '" + bind + "'", e);
        }
    }

    private static String readToken(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String token = lines.isEmpty() ? "" : lines.get(0).trim();
            if (token.isEmpty()) {
                throw new IllegalArgumentException("token file " + file + " is empty");
            }
            return token;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read token file " + file, e);
        }
    }

    private void sweep() {
        try {
            core.expireIdle();
        } catch (RuntimeException e) {
            // One failed sweep must not cancel the schedule; the next one retries.
        }
    }

    /** @return the bound port */
    public int port() {
        return http.port();
    }

    /** @return {@code http://host:port} */
    public String baseUrl() {
        String host = http.host();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port();
    }

    /** @return the settings it runs with */
    public ServerSettings settings() {
        return settings;
    }

    /** @return the service core */
    public ServiceCore core() {
        return core;
    }

    /** @return every route as {@code METHOD template} */
    public List<String> routes() {
        return http.routeKeys();
    }

    /** Stops serving, then closes every open episode. */
    @Override
    public void close() {
        sweeper.shutdownNow();
        http.close();
        core.close();
    }
}
