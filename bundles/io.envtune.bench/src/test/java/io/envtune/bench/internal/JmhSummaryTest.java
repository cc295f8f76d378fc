package io.envtune.bench.internal;

import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The JMH result summary reads JMH's JSON layout: sample-time percentiles and auxiliary counters. */
public class JmhSummaryTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void printsMediansWithTheReferenceAndTheRolloutRates() throws Exception {
        Path file = tmp.newFile("jmh-result.json").toPath();
        Files.writeString(file, "[{\"benchmark\":\"io.envtune.bench.internal.CallBenchmark.execute\","
            + "\"mode\":\"sample\",\"params\":{\"call\":\"fs.ls\"},\"primaryMetric\":{\"score\":0.5,"
            + "\"scoreUnit\":\"us/op\",\"scorePercentiles\":{\"50.0\":0.44,\"90.0\":0.5}},\"secondaryMetrics\":{}},"
            + "{\"benchmark\":\"io.envtune.bench.internal.RolloutBenchmark.run\",\"mode\":\"thrpt\","
            + "\"params\":{\"concurrency\":\"2\"},\"primaryMetric\":{\"score\":500.0,\"scoreUnit\":\"ops/s\","
            + "\"scorePercentiles\":{\"50.0\":500.0,\"90.0\":510.0}},\"secondaryMetrics\":{\"episodes\":"
            + "{\"score\":1000.0},\"steps\":{\"score\":7700.0}}}]", StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        JmhSummary.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), file);
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out, out.contains("CallBenchmark.execute call=fs.ls (us/op)"));
        assertTrue(out, out.contains("0.44"));
        assertTrue(out, out.contains("100.0x"));
        assertTrue(out, out.contains("RolloutBenchmark.run concurrency=2 episodes/s"));
        assertTrue(out, out.contains("7700"));
    }
}
