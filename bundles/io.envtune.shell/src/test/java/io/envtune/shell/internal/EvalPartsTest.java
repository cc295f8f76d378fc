package io.envtune.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.envtune.curriculum.Curriculum;
import io.envtune.curriculum.PaperCurriculum;
import io.envtune.platform.StaticPlugins;
import io.envtune.runtime.AugmenterChain;
import io.envtune.testkit.BfclDomains;
import io.envtune.testkit.BfclFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * {@code envtune:eval --part}: the oracle scores 100.00 in every Table-1 column on every part of the seeded split of
 * the real BFCL data, and {@code summary.json} records the part, the seed and each category's entries and
 * accuracy. Skipped without {@code ../shared/bfcl}, failed under CI.
 */
public final class EvalPartsTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private static final Map<String, Integer> PER_SPLIT = Map.of("train", 100, "validation", 25, "test", 75);

    private static EvalCommands commands() {
        return new EvalCommands(new StaticPlugins(BfclDomains.environments(), List.of(), AugmenterChain.EMPTY,
            List.of(), new Curriculum(PaperCurriculum.stages(), null)));
    }

    private String eval(Path out, String... more) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("--bfcl",
            BfclFixtures.bfclDirOrSkip().resolve("data").toString(), "--policy", "oracle", "--out", out.toString(),
            "--threads", "2"));
        args.addAll(List.of(more));
        return (String) commands().eval(args.toArray(String[]::new));
    }

    @Test
    public void theOracleScores100OnEveryPart() throws Exception {
        for (String part : List.of("test", "validation", "train")) {
            Path out = tmp.getRoot().toPath().resolve(part);
            String text = eval(out, "--part", part);
            String table = text.substring(text.indexOf("BFCL accuracy (%), part " + part + ", split seed 7"));
            String[] lines = table.split("\n");
            assertEquals(table, List.of("Overall", "Base", "Miss", "Func", "Miss", "Param", "Long", "Context"),
                List.of(lines[1].trim().split("\\s+")));
            assertTrue(table, lines[2].matches("accuracy %(\\s+100\\.00){5}"));
            int n = PER_SPLIT.get(part);
            assertTrue(table, lines[3].matches("entries\\s+" + 4 * n + "(\\s+" + n + "){4}"));
            JsonObject s = JsonParser.parseString(Files.readString(out.resolve("summary.json"))).getAsJsonObject();
            assertEquals(part, s.get("part").getAsString());
            assertEquals(7, s.get("seed").getAsLong());
            for (String split : List.of("base", "miss_func", "miss_param", "long_context")) {
                JsonObject c = s.getAsJsonObject("splits").getAsJsonObject(split);
                assertEquals(split, n, c.get("entries").getAsInt());
                assertEquals(split, 100.0, c.get("accuracy").getAsDouble(), 0);
                assertEquals("the existing figures stay beside it", 1.0, c.get("success").getAsDouble(), 0);
            }
            assertEquals(4 * n, s.getAsJsonObject("overall").get("entries").getAsInt());
            assertEquals(100.0, s.getAsJsonObject("overall").get("accuracy").getAsDouble(), 0);
        }
    }

    @Test
    public void samplesGiveMeanAndStdAndTheSeedPicksAnotherTestHalf() throws Exception {
        Path out = tmp.getRoot().toPath().resolve("k");
        String text = eval(out, "--part", "test", "--split", "base", "--limit", "6", "--samples", "3", "--seed", "11");
        assertTrue(text, text.contains("BFCL accuracy (%), part test, split seed 11, 3 samples per task"));
        assertTrue(text, text.matches("(?s).*accuracy %\\s+100\\.00 ± 0\\.00\\s+100\\.00 ± 0\\.00\\n.*"));
        JsonObject s = JsonParser.parseString(Files.readString(out.resolve("summary.json"))).getAsJsonObject();
        assertEquals(11, s.get("seed").getAsLong());
        assertEquals(3, s.getAsJsonObject("overall").getAsJsonArray("accuracy_per_sample").size());
        assertEquals(6, s.getAsJsonObject("splits").getAsJsonObject("base").get("entries").getAsInt());
    }

    @Test
    public void builtinTasksHaveNoTestPart() throws Exception {
        try {
            commands().eval("--policy", "oracle", "--part", "test", "--out", tmp.getRoot().toPath().resolve("b")
                .toString());
            fail("no test part without named tasks");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("built-in tasks have no test part"));
        }
    }
}
