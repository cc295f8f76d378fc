package io.envtune.server.internal.openenv;

import io.envtune.api.Task;
import io.envtune.bfcl.BfclDataset;
import io.envtune.server.internal.EnvtuneServer;
import io.envtune.server.internal.OracleScript;
import io.envtune.server.internal.ServerSettings;
import io.envtune.server.internal.TestPlugins;
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
 * The OpenEnv WebSocket load benchmark as a command: {@code --port P} drives a server started by
 * {@code LoadBench serve} in another JVM (without it, a server starts in this JVM); {@code [--sessions 512]
 * [--think-ms 1000] [--seconds 20] [--warmup 10] [--runs 3]}. Prints each run, the load average, and the medians.
 */
public final class WsLoadBench {

    private WsLoadBench() {
    }

    /**
     * @param args the options
     * @throws Exception when the server cannot start or the load fails to connect
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> a = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        BfclDataset data = BfclDataset.load(a.containsKey("bfcl") ? Path.of(a.get("bfcl")) : BfclFixtures.dataDir());
        StaticPlugins plugins = TestPlugins.all();
        List<OracleScript> scripts = data.tasks().stream().map((Task t) -> OracleScript.of(t, plugins::environment))
            .toList();
        EnvtuneServer own = a.containsKey("port") ? null : EnvtuneServer.start(new ServerSettings("127.0.0.1", 0,
            null, data.dataDir(), Limits.defaults(), 16), plugins);
        int port = own == null ? Integer.parseInt(a.get("port")) : own.port();
        WsLoad.Options o = new WsLoad.Options(port, Integer.parseInt(a.getOrDefault("sessions", "512")),
            (long) (Double.parseDouble(a.getOrDefault("think-ms", "1000")) * 1000),
            Double.parseDouble(a.getOrDefault("warmup", "10")), Double.parseDouble(a.getOrDefault("seconds", "20")),
            scripts);
        List<WsLoad.Report> reports = new ArrayList<>();
        for (int run = Integer.parseInt(a.getOrDefault("runs", "3")); run > 0; run--) {
            String before = loadAverage();
            WsLoad.Report r = WsLoad.run(o);
            reports.add(r);
            System.out.println(r.text(o));
            System.out.println("  load average before/after: " + before + " / " + loadAverage());
        }
        System.out.printf("median of %d runs: steps/s %.0f, step latency (client, us) p50 %.0f p90 %.0f p99 %.0f "
                + "max %.0f, errors %.0f%n", reports.size(), median(reports, r -> r.steps() / r.seconds()),
            median(reports, r -> r.latency().p50()), median(reports, r -> r.latency().p90()),
            median(reports, r -> r.latency().p99()), median(reports, r -> r.latency().max()),
            reports.stream().mapToDouble(WsLoad.Report::errors).sum());
        if (own != null) {
            own.close();
        }
    }

    private static double median(List<WsLoad.Report> reports, ToDoubleFunction<WsLoad.Report> f) {
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
}
