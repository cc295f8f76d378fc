package io.envtune.train;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonParser;
import io.envtune.runtime.RecordJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Kills a training JVM with SIGKILL at random moments, resumes it each time, and checks that no file is corrupt, the
 * metrics run 1..N without gaps or repeats, and the run finishes.
 */
public class KillAndResumeTest {

    private static final int STEPS = 300;
    private static final int KILLS = Integer.getInteger("envtune.kills", 5);

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private Process start(Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
            KillableTraining.class.getName(), dir.toString(), Integer.toString(STEPS))
            .redirectErrorStream(true).redirectOutput(tmp.newFile().toPath().toFile()).start();
    }

    @Test
    public void killedRunsResumeWithNothingLostButTheStepInProgress() throws Exception {
        Path dir = tmp.getRoot().toPath().resolve("run");
        Random random = new Random(5);
        long lastStep = 0;
        int kills = 0;
        for (int attempt = 0; attempt < KILLS * 4 && kills < KILLS; attempt++) {
            Process p = start(dir);
            Thread.sleep(600 + random.nextInt(900));
            if (!p.isAlive()) {
                break;
            }
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            kills++;
            long step = checkConsistent(dir);
            assertTrue("progress is never lost: " + lastStep + " -> " + step, step >= lastStep);
            lastStep = step;
        }
        Process last = start(dir);
        assertTrue("final run finished", last.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, last.exitValue());
        assertEquals(STEPS, checkConsistent(dir));
        assertTrue("the run was really killed " + KILLS + " times, was " + kills, kills >= Math.min(KILLS, 3));
        assertNotNull(new RunFolder(dir).readJson("summary.json", Summary.class));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals("no temporary files left after the final resume", List.of(),
                left.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
        }
    }

    /** Every file parses; metrics are steps 1..n of the last state; returns n. */
    private static long checkConsistent(Path dir) throws Exception {
        RunFolder folder = new RunFolder(dir);
        if (!Files.exists(dir.resolve("state.json"))) {
            return 0;
        }
        RunState state = folder.readJson("state.json", RunState.class);
        JsonParser.parseString(Files.readString(dir.resolve("curriculum.json"), StandardCharsets.UTF_8));
        List<StepLog> metrics = folder.readMetrics(Long.MAX_VALUE);
        for (int i = 0; i < metrics.size(); i++) {
            assertEquals(i + 1, metrics.get(i).step());
        }
        assertTrue("metrics reach the checkpointed step", metrics.size() >= state.step());
        try (Stream<Path> records = Files.list(dir.resolve("records"))) {
            for (Path r : records.filter(p -> p.toString().endsWith(".jsonl")).toList()) {
                RecordJson.read(r);
            }
        } catch (java.nio.file.NoSuchFileException e) {
            // no step finished yet
        }
        if (state.checkpoint() != null) {
            assertTrue(Files.exists(TrainingRun.checkpointDir(folder, state).resolve("logits.txt")));
        }
        return state.step();
    }
}
