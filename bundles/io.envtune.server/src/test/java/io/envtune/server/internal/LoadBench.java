package io.envtune.server.internal;

import io.envtune.api.Task;
import io.envtune.bfcl.BfclDataset;
import io.envtune.server.internal.core.Limits;
import io.envtune.platform.StaticPlugins;
import io.envtune.testkit.BfclFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The load benchmark as a command, so the server and the load generator can run in separate JVMs (neither's GC or
 * JIT pauses the other's threads). {@code serve [--port P] [--threads N]} runs a server with the eight BFCL
 * environments until killed; {@code run --port P [--episodes 512] [--connections N] [--think-ms 1000]
 * [--seconds 20] [--warmup 10] [--runs 3]} drives it and prints each run, the load average, the server's own step
 * latency, and the medians over the runs. {@code run} without {@code --port} starts a server in the same JVM.
 * The README gives the exact commands.
 */
public final class LoadBench {

    private LoadBench() {
    }

    /**
     * @param args {@code serve …} or {@code run …}
     * @throws Exception when the server cannot start or a connection fails
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> a = options(args);
        BfclDataset data = BfclDataset.load(a.containsKey("bfcl") ? Path.of(a.get("bfcl")) : BfclFixtures.dataDir());
        StaticPlugins plugins = TestPlugins.all();
        if ("serve".equals(a.get("mode"))) {
            EnvtuneServer server = start(data, plugins, a);
            System.out.println("serving " + server.baseUrl() + " (threads " + server.settings().threads() + ")");
            Thread.currentThread().join();
        } else if (a.containsKey("port")) {
            bench(data, plugins, Integer.parseInt(a.get("port")), a);
        } else {
            try (EnvtuneServer server = start(data, plugins, a)) {
                bench(data, plugins, server.port(), a);
            }
        }
    }

    private static EnvtuneServer start(BfclDataset data, StaticPlugins plugins, Map<String, String> a) {
        return EnvtuneServer.start(new ServerSettings("127.0.0.1", Integer.parseInt(a.getOrDefault("port", "0")),
            null, data.dataDir(), Limits.defaults(), Integer.parseInt(a.getOrDefault("threads", "16"))), plugins);
    }

    private static void bench(BfclDataset data, StaticPlugins plugins, int port, Map<String, String> a)
        throws IOException {
        List<OracleScript> scripts = data.tasks().stream().map((Task t) -> OracleScript.of(t, plugins::environment))
            .toList();
        int episodes = Integer.parseInt(a.getOrDefault("episodes", "512"));
        LoadGenerator.Options o = new LoadGenerator.Options("127.0.0.1", port, episodes,
            Integer.parseInt(a.getOrDefault("connections", String.valueOf(episodes))),
            Double.parseDouble(a.getOrDefault("seconds", "20")), Double.parseDouble(a.getOrDefault("warmup", "10")),
            (long) (Double.parseDouble(a.getOrDefault("think-ms", "1000")) * 1000), scripts);
        System.out.println("transport (sequential GET /v1/health, one connection, us): "
            + LoadGenerator.transport("127.0.0.1", port, 20_000));
        List<LoadGenerator.Report> reports = new ArrayList<>();
        for (int run = Integer.parseInt(a.getOrDefault("runs", "3")); run > 0; run--) {
            String before = loadAverage();
            LoadGenerator.Report r = LoadGenerator.run(o);
            reports.add(r);
            System.out.println(r.text(o));
            System.out.println("  load average before/after: " + before + " / " + loadAverage());
            try (KeepAliveClient c = new KeepAliveClient("127.0.0.1", port)) {
                String metrics = c.send("GET", "/v1/metrics", null).body();
                int at = metrics.indexOf("\"stepLatency\":");
                System.out.println("  server step latency since start (us): "
                    + metrics.substring(at + 14, metrics.indexOf('}', at) + 1));
            }
        }
        System.out.printf("median of %d runs: steps/s %.0f, step latency (client, us) p50 %.0f p90 %.0f p99 %.0f "
                + "max %.0f, errors %.0f%n", reports.size(), median(reports, r -> r.steps() / r.seconds()),
            median(reports, r -> r.stepLatencyMicros().p50()), median(reports, r -> r.stepLatencyMicros().p90()),
            median(reports, r -> r.stepLatencyMicros().p99()), median(reports, r -> r.stepLatencyMicros().max()),
            reports.stream().mapToDouble(LoadGenerator.Report::errors).sum());
    }

    private static double median(List<LoadGenerator.Report> reports, ToDoubleFunction<LoadGenerator.Report> f) {
        double[] v = reports.stream().mapToDouble(f).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "n/a";
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> out = new HashMap<>();
        int i = 0;
        if (args.length > 0 && !args[0].startsWith("--")) {
            out.put("mode", args[i++]);
        }
        for (; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value at '" + args[i] + "'");
            }
            out.put(args[i].substring(2), args[i + 1]);
        }
        return out;
    }
}
