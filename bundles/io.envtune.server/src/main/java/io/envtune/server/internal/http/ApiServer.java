package io.envtune.server.internal.http;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.envtune.server.internal.core.CurriculumService;
import io.envtune.server.internal.core.ServiceCore;
import io.envtune.server.internal.openenv.OpenEnvFront;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The HTTP front of a {@link ServiceCore}: an embedded Jetty 12 server (TCP_NODELAY on accepted sockets, HTTP/1.1
 * keep-alive, one selector thread per core) with one non-blocking {@link Router} over the API routes. Jetty was chosen over the JDK's HttpServer because that one
 * turns Nagle off only through a JVM-wide system property read once per JVM, and keeps at most 200 idle keep-alive
 * connections unless another such property says otherwise (see the README for the measurements).
 */
public final class ApiServer implements AutoCloseable {

    /** The OpenAPI document's resource name, beside the classes. */
    public static final String OPENAPI = "/openapi.json";

    private static final int IDLE_TIMEOUT_MS = 120_000;

    private final Server server;
    private final ServerConnector connector;
    private final List<Route> routes;

    /**
     * Starts serving.
     *
     * @param core the service
     * @param address where to listen
     * @param token the bearer token, or null for none
     * @param threads the most request threads
     * @throws IllegalStateException when the port cannot be bound
     */
    public ApiServer(ServiceCore core, InetSocketAddress address, String token, int threads) {
        this.routes = routes(core);
        QueuedThreadPool pool = new QueuedThreadPool(Math.max(threads, 8), 2);
        pool.setName("envtune-http");
        pool.setDaemon(true);
        this.server = new Server(pool);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendDateHeader(false);
        // Steps are answered on the selector threads (see Router), so one selector per core lets steps use every
        // core; Jetty's default is half the cores.
        this.connector = new ServerConnector(server, 1, selectors(), new HttpConnectionFactory(http));
        // Jetty's default, stated because the latency depends on it: without it a reply written in two segments
        // waits for the client's delayed ACK (Nagle), about 40 ms on loopback.
        connector.setAcceptedTcpNoDelay(true);
        connector.setHost(address.getHostString());
        connector.setPort(address.getPort());
        connector.setIdleTimeout(IDLE_TIMEOUT_MS);
        connector.setAcceptQueueSize(1024);
        server.addConnector(connector);
        // OpenEnv's WebSocket and HTTP routes sit in front of the API and play the same core's episodes.
        server.setHandler(new LoopbackGuard(token == null, OpenEnvFront.wrap(server, core, token,
            new Router(routes, new BearerAuth(token), core.limits().maxBodyBytes(), core.metrics()))));
        server.setErrorHandler(new JsonErrors());
        start();
    }

    private static int selectors() {
        return Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
    }

    private void start() {
        Thread t = Thread.currentThread();
        ClassLoader before = t.getContextClassLoader();
        // Jetty finds its HTTP/1 field encoders with ServiceLoader on the context loader; in OSGi that must be ours.
        t.setContextClassLoader(ApiServer.class.getClassLoader());
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly();
            throw new IllegalStateException("cannot serve on " + connector.getHost() + ":" + connector.getPort()
                + ": " + e.getMessage(), e);
        } finally {
            t.setContextClassLoader(before);
        }
    }

    static List<Route> routes(ServiceCore core) {
        List<Route> all = new ArrayList<>(new EpisodeRoutes(core).routes());
        all.addAll(new CurriculumRoutes(new CurriculumService(core.plugins(), core.catalog())).routes());
        all.addAll(new CatalogRoutes(core).routes());
        all.addAll(new SystemRoutes(core, openApi()).routes());
        return List.copyOf(all);
    }

    /** @return every route as {@code METHOD template}, for the OpenAPI check */
    public List<String> routeKeys() {
        return routes.stream().map(r -> r.method() + " " + r.template()).toList();
    }

    /** @return the OpenAPI document */
    public static JsonElement openApi() {
        try (InputStream in = ApiServer.class.getResourceAsStream(OPENAPI)) {
            if (in == null) {
                throw new IllegalStateException(OPENAPI + " is missing from the bundle");
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return JsonParser.parseReader(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the bound port */
    public int port() {
        return connector.getLocalPort();
    }

    /** @return the bound host */
    public String host() {
        return connector.getHost();
    }

    /** Stops accepting and closes every connection. */
    @Override
    public void close() {
        stopQuietly();
    }

    private void stopQuietly() {
        try {
            server.stop();
        } catch (Exception e) {
            // Stopping is best effort: the connector is closed first, and the pool threads are daemons.
        }
    }
}
