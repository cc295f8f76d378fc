package io.envtune.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.inject.Inject;
import org.apache.felix.service.command.CommandProcessor;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;

/**
 * The hostile requests of issue 18 against a server the running platform started: {@code envtune:serve --background}
 * from a Gogo session (item 8), then real HTTP over loopback (items 3, 4, 5, 9, 10, 14), each refused with its exact
 * text and leaving the episodes and the shared curriculum as they were; and bad {@code ServerComponent.cfg} files
 * dropped into {@code load/} (item 15), each one line, no stack trace, no server. Rows print as
 * {@code REFUSAL|item|input|text}.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HostileServerIT {

    private static final String TASK = "multi_turn_base_0";
    private static final Pattern SERVING = Pattern.compile("envtune server on (http://127\\.0\\.0\\.1:\\d+) \\(health: "
        + "http://127\\.0\\.0\\.1:\\d+/v1/health\\)");

    @Inject
    CommandProcessor commands;

    @Inject
    ServiceComponentRuntime scr;

    @Configuration
    public Option[] config() {
        return ItSupport.baseOptions();
    }

    /** Starts a server with {@code envtune:serve --background} and returns its base URL. */
    private String serve() throws Exception {
        Path data = ItSupport.bfclData();
        String line = new Gogo(commands).run("envtune:serve --port 0 --threads 4 --background"
            + (data == null ? "" : " --bfcl " + data));
        Matcher m = SERVING.matcher(line);
        assertTrue(line, m.matches());
        return m.group(1);
    }

    private void stop(String base) throws Exception {
        assertEquals("stopped 1 server(s)", new Gogo(commands).run("envtune:serve --stop"));
        try {
            new Http(base).get("/v1/health");
            throw new AssertionError("still serving on " + base);
        } catch (ConnectException e) {
            // gone, as it should be
        }
    }

    private static void refused(String item, String input, int status, String expected, Http.Reply r) {
        String text = r.status() + " " + r.message();
        System.out.println("REFUSAL|" + item + "|" + input + "|" + text);
        assertEquals(input + " -> " + r.body(), status + " " + expected, text);
    }

    @Test
    public void item8BackgroundServesAndStopStopsIt() throws Exception {
        String base = serve();
        Http.Reply health = new Http(base).get("/v1/health");
        System.out.println("REFUSAL|8|envtune:serve --port 0 --background; GET /v1/health|" + health.status() + " "
            + health.body());
        assertEquals(200, health.status());
        stop(base);
    }

    @Test
    public void items3And4And14RequestsDecodeStrictly() throws Exception {
        if (ItSupport.bfclData() == null) {
            return;
        }
        String base = serve();
        try {
            Http http = new Http(base);
            String open = "{\"taskId\": \"" + TASK + "\", ";
            refused("4", "POST /v1/episodes feedback_mode", 400, "unknown field 'feedback_mode'; known fields: taskId, "
                + "stage, feedbackMode, promptVariant, maxStepsPerTurn, emptyTurnCalls, task",
                http.post("/v1/episodes", open + "\"feedback_mode\": \"augmented\"}"));
            refused("3", "POST /v1/episodes maxStepsPerTurn 4294967297", 400, "maxStepsPerTurn is out of range, was "
                + "4294967297", http.post("/v1/episodes", open + "\"maxStepsPerTurn\": 4294967297}"));
            refused("3", "POST /v1/episodes maxStepsPerTurn 4294967346", 400, "maxStepsPerTurn is out of range, was "
                + "4294967346", http.post("/v1/episodes", open + "\"maxStepsPerTurn\": 4294967346}"));
            refused("3", "POST /v1/episodes maxStepsPerTurn 2.7", 400, "maxStepsPerTurn must be a whole number, was "
                + "2.7", http.post("/v1/episodes", open + "\"maxStepsPerTurn\": 2.7}"));
            Http.Reply gson = http.post("/v1/episodes", "{'taskId': '" + TASK + "'}");
            System.out.println("REFUSAL|14|POST /v1/episodes {'taskId': ...} (single quotes)|" + gson.status() + " "
                + gson.message());
            assertEquals(400, gson.status());
            assertTrue(gson.message(), gson.message().startsWith("malformed JSON at line 1 column "));
            assertFalse(gson.message(), gson.message().contains("JsonReader") || gson.message().contains("Strict"));
            assertEquals(0, http.get("/v1/health").json().get("episodesOpen").getAsInt());
        } finally {
            stop(base);
        }
    }

    @Test
    public void item5CurriculumMetricsAreValidatedAndTheSharedCurriculumKeeps() throws Exception {
        String base = serve();
        try {
            Http http = new Http(base);
            String before = http.get("/v1/curriculum").body();
            refused("5", "POST /v1/curriculum/metrics validationAccuracy 7", 400, "validationAccuracy must be in "
                + "[0, 1], was 7.0", http.post("/v1/curriculum/metrics", "{\"step\": 1, \"rewardMean\": 0.5, "
                + "\"gradNorm\": 1, \"validationAccuracy\": 7}"));
            refused("5", "POST /v1/curriculum/metrics gradNorm -1", 400, "gradNorm must be a finite number >= 0, was "
                + "-1.0", http.post("/v1/curriculum/metrics", "{\"step\": 1, \"rewardMean\": 0.5, \"gradNorm\": -1}"));
            assertEquals(200, http.post("/v1/curriculum/metrics", "{\"step\": 5, \"rewardMean\": 0.1, "
                + "\"gradNorm\": 1}").status());
            refused("5", "POST /v1/curriculum/metrics step 3 after 5", 400, "step must increase: 3 is not after the "
                + "last observed step 5", http.post("/v1/curriculum/metrics", "{\"step\": 3, \"rewardMean\": 0.1, "
                + "\"gradNorm\": 1}"));
            // The refused metrics moved nothing: same stage, same position, not promoted.
            assertEquals(before, http.get("/v1/curriculum").body());
        } finally {
            stop(base);
        }
    }

    @Test
    public void items9And10LoopbackIsGuardedAndHugeTextsAreNotStored() throws Exception {
        if (ItSupport.bfclData() == null) {
            return;
        }
        String base = serve();
        try {
            Http http = new Http(base);
            String hostile = http.raw("GET /v1/health HTTP/1.1\r\nHost: evil.example\r\n\r\n");
            System.out.println("REFUSAL|9|GET /v1/health Host: evil.example|" + hostile.lines().findFirst().orElse(""));
            assertTrue(hostile, hostile.startsWith("HTTP/1.1 403") && hostile.contains("is not a loopback name"));
            String rebind = http.raw("POST /v1/episodes HTTP/1.1\r\nHost: attacker.test:" + http.port() + "\r\n"
                + "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
            assertTrue(rebind, rebind.startsWith("HTTP/1.1 403"));
            String body = "{\"taskId\": \"" + TASK + "\"}";
            refused("9", "POST /v1/episodes Origin: http://evil.example", 403, "Origin 'http://evil.example' is not "
                + "loopback; without a token this server answers no web page from another site",
                http.post("/v1/episodes", "application/json", "http://evil.example", body));
            refused("9", "POST /v1/episodes Content-Type: text/plain", 415, "Content-Type must be application/json, "
                + "was 'text/plain'", http.post("/v1/episodes", "text/plain", null, body));
            refused("9", "POST /reset (OpenEnv) Content-Type: text/plain", 415, "Content-Type must be "
                + "application/json, was 'text/plain'", openEnv(http.post("/reset", "text/plain", null,
                "{\"task_id\": \"" + TASK + "\"}")));
            assertEquals(0, http.get("/v1/health").json().get("episodesOpen").getAsInt());
            String id = http.post("/v1/episodes", body).json().get("episodeId").getAsString();
            Http.Reply step = http.post("/v1/episodes/" + id + "/step", "{\"message\": \"" + "x".repeat(200_001)
                + "\"}");
            System.out.println("REFUSAL|10|POST step with a 200,001-character message|" + step.status() + " outcome "
                + step.json().get("outcome").getAsString());
            assertEquals(200, step.status());
            assertEquals("FORMAT_ERROR", step.json().get("outcome").getAsString());
            String record = http.get("/v1/episodes/" + id).body();
            assertFalse("the text was stored", record.contains("xxxxxxxxxx"));
            assertTrue(record, record.contains("[response of 200001 characters dropped: over the limit of 200000]"));
        } finally {
            stop(base);
        }
    }

    /** OpenEnv's refusals carry {@code detail}; read them like the API's. */
    private static Http.Reply openEnv(Http.Reply r) {
        return new Http.Reply(r.status(), "{\"message\": " + r.json().get("detail").toString() + "}");
    }

    @Test
    public void item15ABadServerConfigurationIsOneLineAndNoServer() throws Exception {
        File cfg = new File(ItSupport.LOAD_DIR.getCanonicalFile(), "io.envtune.server.internal.ServerComponent.cfg");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (CapturedLog err = new CapturedLog("io.envtune")) {
            badConfig(err, cfg, "port=abc\nthreads=many\n", "port 'abc' is not a whole number (int); threads 'many' is "
                + "not a whole number (int)");
            badConfig(err, cfg, "port=99999\n", "port must be 0..65535, was 99999");
            write(cfg, "port=" + port + "\nthreads=4\n");
            Http http = new Http("http://127.0.0.1:" + port);
            assertEquals(200, awaitHealth(http, 10_000));
            assertFalse(err.text(), err.text().contains("Exception"));
            assertTrue(err.text(), err.matching("").stream().allMatch(r -> r.getThrown() == null));
        } finally {
            Files.deleteIfExists(cfg.toPath());
        }
    }

    private void badConfig(CapturedLog err, File cfg, String text, String problem) throws Exception {
        write(cfg, text);
        String line = err.awaitLine(problem, 10_000);
        System.out.println("REFUSAL|15|" + cfg.getName() + ": " + text.replace('\n', ' ').strip() + "|" + line);
        assertNotNull("no line for " + text + " in:\n" + err.text(), line);
        assertEquals("the file was rewritten", text, Files.readString(cfg.toPath()));
        // SCR saw a component that activated (with no server), not a failed activation it would log with a trace.
        assertEquals(List.of(ComponentConfigurationDTO.ACTIVE), scr.getComponentDescriptionDTOs().stream()
            .filter(d -> d.name.equals("io.envtune.server.internal.ServerComponent"))
            .flatMap(d -> scr.getComponentConfigurationDTOs(d).stream()).map(c -> c.state).toList());
        // The line names the file as FileInstall names it (its URL), then the problem.
        assertTrue(line, line.startsWith("envtune: file:") && line.endsWith(cfg.getName() + ": " + problem
            + "; no server started, everything else keeps running"));
    }

    /** Writes the file whole (temp + rename) with a fresh time stamp, so FileInstall reads it once, complete. */
    private static void write(File cfg, String text) throws Exception {
        Path tmp = cfg.toPath().resolveSibling("..").resolve(cfg.getName() + ".part").normalize();
        Files.writeString(tmp, text);
        long before = cfg.exists() ? cfg.lastModified() : 0;
        tmp.toFile().setLastModified(Math.max(System.currentTimeMillis(), before + 2_000));
        Files.move(tmp, cfg.toPath(), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static int awaitHealth(Http http, long timeoutMs) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (true) {
            try {
                return http.get("/v1/health").status();
            } catch (ConnectException e) {
                if (System.currentTimeMillis() > deadline) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }
}
