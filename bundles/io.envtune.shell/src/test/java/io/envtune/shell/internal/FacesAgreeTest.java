package io.envtune.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.envtune.api.Stage;
import io.envtune.curriculum.Curriculum;
import io.envtune.curriculum.PaperCurriculum;
import io.envtune.env.math.internal.MathTasks;
import io.envtune.env.ticket.internal.TicketTasks;
import io.envtune.platform.StaticPlugins;
import io.envtune.runtime.AugmenterChain;
import io.envtune.server.internal.EnvtuneServer;
import io.envtune.server.internal.ServerSettings;
import io.envtune.server.internal.core.Limits;
import io.envtune.testkit.BfclDomains;
import io.envtune.testkit.BfclFixtures;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.Test;

/**
 * The shell and the server are two faces over one platform, so they must give the same answers to the same
 * question: the environments listed ({@code envtune:envs} against {@code GET /v1/environments}), the tasks of every
 * stage in the same order ({@code envtune:stage --action tasks} against {@code GET /v1/curriculum/tasks}), and the
 * train/validation/test split ({@code envtune:stage --action split} against {@code GET /v1/tasks/split}), on BFCL
 * (where the server must keep the held-out test half apart) and on built-in tasks.
 */
public final class FacesAgreeTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    public void onBfclBothFacesAgreeAndNoStageTrainsOnTheTestHalf() throws Exception {
        Path data = BfclFixtures.dataDir();
        StaticPlugins plugins = plugins(List.of());
        List<String> test = agree(plugins, data, "");
        assertEquals("75 held-out test tasks in each of the 4 splits", 300, test.size());
    }

    @Test
    public void onBuiltinTasksBothFacesAgree() throws Exception {
        StaticPlugins plugins = plugins(List.of(new TicketTasks(), new MathTasks()));
        List<String> test = agree(plugins, null, "");
        assertTrue("built-in tasks have no test part", test.isEmpty());
    }

    /** @return the test part, after checking every answer */
    private List<String> agree(StaticPlugins plugins, Path data, String tasks) throws Exception {
        List<String> origin = new ArrayList<>();
        if (data != null) {
            origin.addAll(List.of("--bfcl", data.toString()));
        }
        if (!tasks.isEmpty()) {
            origin.addAll(List.of("--tasks", tasks));
        }
        TrainCommands shell = new TrainCommands(plugins);
        try (EnvtuneServer server = EnvtuneServer.start(new ServerSettings("127.0.0.1", 0, null, data,
            Limits.defaults(), 4), plugins)) {
            assertEquals(shellEnvironments(plugins), ids(get(server, "/v1/environments").get("environments")));
            JsonObject split = get(server, "/v1/tasks/split");
            String[] lines = stage(shell, origin, "--action", "split").split("\n");
            List<String> test = words(lines[2], "test: ");
            assertEquals(words(lines[0], "train: "), strings(split.get("train")));
            assertEquals(words(lines[1], "validation: "), strings(split.get("validation")));
            assertEquals(test, strings(split.get("test")));
            assertFalse(strings(split.get("train")).isEmpty());
            for (Stage stage : plugins.scheduler().stages()) {
                List<String> fromShell = List.of(stage(shell, origin, "--action", "tasks",
                    "--stage", stage.name()).split("\n"));
                List<String> fromServer = strings(get(server, "/v1/curriculum/tasks?stage="
                    + URLEncoder.encode(stage.name(), StandardCharsets.UTF_8)).get("taskIds"));
                assertEquals(stage.name(), fromShell, fromServer);
                assertTrue(stage.name() + " draws a held-out test task", fromServer.stream().noneMatch(test::contains));
            }
            return test;
        }
    }

    private static String stage(TrainCommands shell, List<String> origin, String... args) throws Exception {
        List<String> all = new ArrayList<>(origin);
        all.addAll(List.of(args));
        return (String) shell.stage(all.toArray(String[]::new));
    }

    private static StaticPlugins plugins(List<io.envtune.api.TaskSource> sources) {
        return new StaticPlugins(BfclDomains.environments(), List.of(), AugmenterChain.EMPTY, sources,
            new Curriculum(PaperCurriculum.stages(), null));
    }

    private static List<String> shellEnvironments(StaticPlugins plugins) throws Exception {
        String[] rows = ((String) new EnvironmentCommands(plugins).envs()).split("\n");
        List<String> ids = new ArrayList<>();
        for (int i = 1; i < rows.length - 1; i++) {
            ids.add(rows[i].trim().split("\\s+")[0]);
        }
        return ids;
    }

    private JsonObject get(EnvtuneServer server, String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(r.body(), 200, r.statusCode());
        return JsonParser.parseString(r.body()).getAsJsonObject();
    }

    private static List<String> ids(JsonElement environments) {
        List<String> out = new ArrayList<>();
        environments.getAsJsonArray().forEach(e -> out.add(e.getAsJsonObject().get("id").getAsString()));
        return out;
    }

    private static List<String> strings(JsonElement array) {
        List<String> out = new ArrayList<>();
        array.getAsJsonArray().forEach(e -> out.add(e.getAsString()));
        return out;
    }

    private static List<String> words(String line, String prefix) {
        assertTrue(line, line.startsWith(prefix.trim()));
        String rest = line.substring(Math.min(line.length(), prefix.length())).trim();
        return rest.isEmpty() ? List.of() : Arrays.asList(rest.split(" "));
    }
}
