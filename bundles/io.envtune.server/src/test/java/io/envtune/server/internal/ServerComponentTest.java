package io.envtune.server.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;

import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.Test;

/**
 * A bad server configuration gives one line naming the file and the problem, and no server: a value that SCR cannot
 * convert (the annotation proxy throws when the member is read, as SCR's does), a port out of range, a port in use.
 * A good one starts the server.
 */
public class ServerComponentTest {

    private static final String FILE = "file:/srv/load/io.envtune.server.internal.ServerComponent.cfg";

    /** A configuration as SCR hands it over: the raw strings, and members that throw where a string does not fit. */
    private static ServerConfiguration config(Map<String, Object> raw) {
        return (ServerConfiguration) Proxy.newProxyInstance(ServerComponentTest.class.getClassLoader(),
            new Class<?>[] {ServerConfiguration.class}, (p, m, a) -> {
                Object v = raw.get(m.getName());
                if (v == null) {
                    return m.getDefaultValue();
                }
                try {
                    return m.getReturnType() == int.class ? Integer.parseInt((String) v)
                        : m.getReturnType() == long.class ? Long.parseLong((String) v) : v;
                } catch (NumberFormatException e) {
                    throw new IllegalStateException(e); // SCR: ComponentException(NumberFormatException)
                }
            });
    }

    /** Starts a component that must not serve, and returns what it logged, one record per line. */
    private static String startAndCapture(Map<String, Object> raw) {
        Map<String, Object> props = new HashMap<>(raw);
        props.put("felix.fileinstall.filename", FILE);
        Logger logger = Logger.getLogger(ServerComponent.class.getName());
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(handler);
        try {
            assertNull("a server started", ServerComponent.start(config(raw), props, TestPlugins.all()));
        } finally {
            logger.removeHandler(handler);
        }
        StringBuilder text = new StringBuilder();
        for (LogRecord r : records) {
            assertNull("a trace was logged", r.getThrown());
            text.append(r.getMessage()).append('\n');
        }
        return text.toString();
    }

    @Test
    public void valuesOfTheWrongTypeAreNamedWithTheirRawText() {
        assertEquals("envtune: " + FILE + ": maxOpenEpisodes 'many' is not a whole number (int); port 'abc' is not a "
            + "whole number (int); no server started, everything else keeps running\n",
            startAndCapture(Map.of("port", "abc", "maxOpenEpisodes", "many", "bind", "127.0.0.1")));
        assertEquals("envtune: " + FILE + ": idleTimeoutSeconds '4.5' is not a whole number (long); no server "
            + "started, everything else keeps running\n", startAndCapture(Map.of("idleTimeoutSeconds", "4.5")));
    }

    @Test
    public void valuesOutOfRangeAreOneLine() {
        assertEquals("envtune: " + FILE + ": port must be 0..65535, was 99999; no server started, everything else "
            + "keeps running\n", startAndCapture(Map.of("port", "99999")));
        assertEquals("envtune: " + FILE + ": threads must be at least 2, was 1; no server started, everything else "
            + "keeps running\n", startAndCapture(Map.of("port", "0", "threads", "1")));
    }

    @Test
    public void aPortInUseIsOneLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String line = startAndCapture(Map.of("port", String.valueOf(taken.getLocalPort())));
            assertEquals(line, 1, line.split("\n", -1).length - 1);
            assertEquals(line, true, line.startsWith("envtune: " + FILE + ": cannot serve on 127.0.0.1:"
                + taken.getLocalPort()) && line.endsWith("; no server started, everything else keeps running\n"));
        }
    }

    @Test
    public void aGoodConfigurationServes() {
        Map<String, Object> raw = Map.of("port", "0", "threads", "4");
        EnvtuneServer server = ServerComponent.start(config(raw), raw, TestPlugins.all());
        assertNotNull(server);
        try {
            assertEquals("ok", new Api(server.baseUrl()).get("/v1/health").json().get("status").getAsString());
        } finally {
            server.close();
        }
    }
}
