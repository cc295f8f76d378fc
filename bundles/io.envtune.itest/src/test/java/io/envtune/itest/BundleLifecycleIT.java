package io.envtune.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.envtune.api.ChatMessage;
import io.envtune.api.EpisodeRecord;
import io.envtune.api.Role;
import io.envtune.api.Task;
import io.envtune.api.UserTurn;
import io.envtune.runtime.AugmenterChain;
import io.envtune.runtime.EpisodeConfig;
import io.envtune.runtime.EpisodeSession;
import io.envtune.runtime.RecordJson;
import io.envtune.runtime.StepReply;
import java.io.File;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

/**
 * Environment bundles replaced or removed while their episodes run. Decision: a running episode finishes on the
 * instances it opened (the version it started with); new episodes get whatever is registered now, or a clear error
 * when nothing is. Each record names the version that served it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class BundleLifecycleIT {

    private static final String ANSWER = "<think>t</think><answer>done</answer>";

    @Inject
    BundleContext context;

    @Configuration
    public Option[] config() {
        HostileJars.build("echo", "1.0.0", "serve", "Echo");
        HostileJars.build("echo", "2.0.0", "serve", "Echo");
        HostileJars.build("gone", "1.0.0", "serve", "Gone");
        return ItSupport.baseOptions();
    }

    private static Task task(String env) {
        List<UserTurn> turns = List.of(turn("echo(text='a')"), turn("echo(text='b')"));
        return new Task("lifecycle_" + env, "hostile", List.of(env), Map.of(), turns, false);
    }

    private static UserTurn turn(String call) {
        return new UserTurn(List.of(new ChatMessage(Role.USER, "Please " + call)), List.of(call), List.of());
    }

    private static String echo(String text) {
        return "<think>t</think><tool_call>[{\"name\": \"echo\", \"arguments\": {\"text\": \"" + text
            + "\"}}]</tool_call>";
    }

    private EpisodeSession open(String id, String env) {
        return new EpisodeSession(id, task(env), EpisodeConfig.evaluation(null), new EnvironmentLookup(context),
            AugmenterChain.EMPTY);
    }

    @Test
    public void anUpdatedBundleServesNewEpisodesWhileRunningOnesFinishOnTheirVersion() throws Exception {
        EnvironmentLookup lookup = new EnvironmentLookup(context);
        File dropped = ItSupport.drop(HostileJars.DIR, "echo-1.0.0.jar", "echo.jar");
        try {
            assertNotNull(lookup.await("Echo", "1.0.0", 10_000));
            try (EpisodeSession old = open("old", "Echo")) {
                assertTrue(old.step(echo("a")).message().contains("1.0.0:a"));
                ItSupport.drop(HostileJars.DIR, "echo-2.0.0.jar", "echo.jar");
                assertNotNull("version 2 did not replace version 1", lookup.await("Echo", "2.0.0", 10_000));
                try (EpisodeSession fresh = open("new", "Echo")) {
                    assertTrue(fresh.step(echo("a")).message().contains("2.0.0:a"));
                    playToTheEnd(fresh);
                    assertEquals(Map.of("Echo", "2.0.0"), roundTrip(fresh.record()).environmentVersions());
                }
                old.step(ANSWER);
                assertTrue(old.step(echo("b")).message().contains("1.0.0:b"));
                assertTrue(old.step(ANSWER).done());
                EpisodeRecord record = roundTrip(old.record());
                assertEquals(Map.of("Echo", "1.0.0"), record.environmentVersions());
                assertNull(record.endReason());
                assertTrue(record.turnScores().stream().allMatch(s -> s.passed()));
            }
        } finally {
            Files.delete(dropped.toPath());
        }
    }

    @Test
    public void aRemovedBundlesRunningEpisodeFinishesAndNewOnesAreRefused() throws Exception {
        EnvironmentLookup lookup = new EnvironmentLookup(context);
        File dropped = ItSupport.drop(HostileJars.DIR, "gone-1.0.0.jar", "gone.jar");
        assertNotNull(lookup.await("Gone", "1.0.0", 10_000));
        try (EpisodeSession running = open("running", "Gone")) {
            assertTrue(running.step(echo("a")).message().contains("1.0.0:a"));
            Files.delete(dropped.toPath());
            assertTrue("the environment was not withdrawn",
                ItSupport.await(context, "(envtune.environment.id=Gone)", false, 10_000));
            try {
                open("refused", "Gone").close();
                fail("an episode opened on a removed environment");
            } catch (IllegalArgumentException expected) {
                assertEquals("no tool environment for BFCL class Gone", expected.getMessage());
            }
            playToTheEnd(running);
            EpisodeRecord record = running.record();
            assertNull(record.endReason());
            assertEquals(Map.of("Gone", "1.0.0"), record.environmentVersions());
            assertEquals(2, record.turnScores().size());
            assertTrue(record.toString(), record.turnScores().stream().allMatch(s -> s.passed()));
        }
    }

    /** Answers the current turn, then echoes b and answers: the rest of the two-turn task. */
    private static void playToTheEnd(EpisodeSession s) {
        StepReply r = s.step(ANSWER);
        if (!r.done()) {
            s.step(echo("b"));
            assertTrue(s.step(ANSWER).done());
        }
    }

    private static EpisodeRecord roundTrip(EpisodeRecord r) {
        return RecordJson.fromLine(RecordJson.toLine(r));
    }
}
