package io.envtune.server.internal.core;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.envtune.api.ChatMessage;
import io.envtune.api.FeedbackMode;
import io.envtune.api.PromptVariant;
import io.envtune.api.Role;
import io.envtune.api.StepOutcome;
import io.envtune.api.Task;
import io.envtune.api.UserTurn;
import io.envtune.bfcl.BfclDataset;
import io.envtune.platform.StaticPlugins;
import io.envtune.platform.TaskCatalog;
import io.envtune.platform.TaskOrigin;
import io.envtune.server.internal.TestPlugins;
import io.envtune.testkit.BfclFixtures;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.BeforeClass;
import org.junit.Test;

public class ServiceCoreTest {

    private static BfclDataset data;
    private static StaticPlugins plugins;
    private final AtomicLong clock = new AtomicLong();

    @BeforeClass
    public static void load() {
        data = BfclDataset.load(BfclFixtures.dataDir());
        plugins = TestPlugins.all();
    }

    private ServiceCore core(Limits limits) {
        return new ServiceCore(plugins, TaskCatalog.open(new TaskOrigin(data.dataDir(), null), List::of), limits, clock::get);
    }

    private static EpisodeRequest task(String id) {
        return new EpisodeRequest(id, null, null, null, null, null, null);
    }

    private static ServiceError.Kind refusal(Runnable r) {
        try {
            r.run();
        } catch (ServiceError e) {
            return e.kind();
        }
        fail("expected a refusal");
        return null;
    }

    @Test
    public void openStepAndCloseAnEpisode() {
        try (ServiceCore core = core(Limits.defaults())) {
            EpisodeView v = core.open(task("multi_turn_base_0"));
            assertEquals("eval", v.config().stage());
            assertEquals(2, v.messages().size());
            assertEquals(Role.SYSTEM, v.messages().get(0).role());
            Stepped s = core.step(v.episodeId(), "no tags at all");
            assertEquals(StepOutcome.FORMAT_ERROR, s.reply().outcome());
            assertEquals(1, s.steps());
            assertEquals(1, core.openEpisodes());
            core.close(v.episodeId());
            assertEquals(0, core.openEpisodes());
            assertEquals(ServiceError.Kind.NOT_FOUND, refusal(() -> core.step(v.episodeId(), "x")));
        }
    }

    @Test
    public void episodesAreIsolatedAndIdsAreUnguessable() {
        try (ServiceCore core = core(Limits.defaults())) {
            EpisodeView a = core.open(task("multi_turn_base_0"));
            EpisodeView b = core.open(task("multi_turn_base_0"));
            assertNotEquals(a.episodeId(), b.episodeId());
            assertTrue(a.episodeId().length() >= 32);
            core.step(a.episodeId(), "<think>t</think><tool_call>[{\"name\": \"cd\", \"arguments\": {\"folder\": "
                + "\"document\"}}]</tool_call>");
            assertEquals(1, core.view(a.episodeId()).steps());
            assertEquals(0, core.view(b.episodeId()).steps());
        }
    }

    @Test
    public void stageSettingsApplyAndExplicitFieldsWin() {
        try (ServiceCore core = core(Limits.defaults())) {
            EpisodeView v = core.open(new EpisodeRequest("multi_turn_base_1", null, "S2-base-hints", null, null, null,
                null));
            assertEquals("S2-base-hints", v.config().stage());
            assertEquals(FeedbackMode.AUGMENTED, v.config().feedbackMode());
            assertEquals(PromptVariant.A, v.config().promptVariant());
            assertEquals(5, v.config().maxStepsPerTurn());
            EpisodeView w = core.open(new EpisodeRequest("multi_turn_base_1", null, "current", FeedbackMode.AUGMENTED,
                PromptVariant.B, 3, null));
            assertEquals("S1-syntax", w.config().stage());
            assertEquals(3, w.config().maxStepsPerTurn());
            assertEquals(PromptVariant.B, w.config().promptVariant());
            assertEquals(ServiceError.Kind.NOT_FOUND, refusal(() -> core.open(new EpisodeRequest("multi_turn_base_1",
                null, "S9", null, null, null, null))));
            assertEquals(ServiceError.Kind.BAD_REQUEST, refusal(() -> core.open(new EpisodeRequest(
                "multi_turn_base_1", null, null, null, null, 51, null))));
        }
    }

    @Test
    public void unknownTasksMissingEnvironmentsAndAmbiguousRequestsAreRefused() {
        try (ServiceCore core = core(Limits.defaults())) {
            assertEquals(ServiceError.Kind.NOT_FOUND, refusal(() -> core.open(task("nope"))));
            assertEquals(ServiceError.Kind.BAD_REQUEST, refusal(() -> core.open(task(null))));
            Task alien = new Task("x", "inline", List.of("NoSuchApi"), Map.of(), List.of(new UserTurn(
                List.of(new ChatMessage(Role.USER, "hi")), List.of(), List.of())), false);
            assertEquals(ServiceError.Kind.UNAVAILABLE, refusal(() -> core.open(new EpisodeRequest(null, alien, null,
                null, null, null, null))));
            assertEquals(0, core.openEpisodes());
        }
    }

    @Test
    public void theOpenLimitRefusesWith429AndFreesOnClose() {
        try (ServiceCore core = core(new Limits(4096, 2, 1000, 50, Duration.ofMinutes(1), 1L << 30))) {
            EpisodeView a = core.open(task("multi_turn_base_0"));
            core.open(task("multi_turn_base_0"));
            assertEquals(ServiceError.Kind.TOO_MANY, refusal(() -> core.open(task("multi_turn_base_0"))));
            core.close(a.episodeId());
            core.open(task("multi_turn_base_0"));
            assertEquals(1, core.metrics().snapshot().rejected());
        }
    }

    @Test
    public void theStepLimitAndDoneEpisodesRefuseWith409() {
        try (ServiceCore core = core(new Limits(4096, 10, 3, 50, Duration.ofMinutes(1), 1L << 30))) {
            EpisodeView v = core.open(task("multi_turn_base_0"));
            for (int i = 0; i < 3; i++) {
                core.step(v.episodeId(), "bad");
            }
            assertEquals(ServiceError.Kind.CONFLICT, refusal(() -> core.step(v.episodeId(), "bad")));
        }
        try (ServiceCore core = core(Limits.defaults())) {
            EpisodeView v = core.open(new EpisodeRequest("multi_turn_base_0", null, null, null, null, 1, null));
            boolean done = false;
            while (!done) {
                done = core.step(v.episodeId(), "bad").reply().done();
            }
            assertEquals(ServiceError.Kind.CONFLICT, refusal(() -> core.step(v.episodeId(), "bad")));
            assertEquals(0.0, core.rewards(v.episodeId(), List.of("success")).get("success").value(), 0);
        }
    }

    @Test
    public void theTextBudgetBoundsWhatOpenEpisodesHoldAndFreesOnClose() {
        try (ServiceCore core = core(new Limits(4096, 10, 1000, 50, Duration.ofMinutes(1), 100))) {
            EpisodeView a = core.open(task("multi_turn_base_0"));
            core.step(a.episodeId(), "x".repeat(60));
            assertEquals(ServiceError.Kind.OVER_BUDGET, refusal(() -> core.step(a.episodeId(), "y".repeat(60))));
            EpisodeView b = core.open(task("multi_turn_base_0"));
            assertEquals(ServiceError.Kind.OVER_BUDGET, refusal(() -> core.step(b.episodeId(), "z".repeat(41))));
            core.close(a.episodeId());
            core.step(b.episodeId(), "z".repeat(100));
        }
    }

    @Test
    public void idleEpisodesExpire() {
        try (ServiceCore core = core(new Limits(4096, 10, 1000, 50, Duration.ofSeconds(60), 1L << 30))) {
            EpisodeView old = core.open(task("multi_turn_base_0"));
            clock.addAndGet(Duration.ofSeconds(50).toNanos());
            EpisodeView fresh = core.open(task("multi_turn_base_0"));
            clock.addAndGet(Duration.ofSeconds(50).toNanos());
            core.step(old.episodeId(), "bad");
            assertEquals(0, core.expireIdle());
            clock.addAndGet(Duration.ofSeconds(15).toNanos());
            assertEquals(1, core.expireIdle());
            assertEquals(ServiceError.Kind.NOT_FOUND, refusal(() -> core.view(fresh.episodeId())));
            assertFalse(core.view(old.episodeId()).done());
            assertEquals(1, core.metrics().snapshot().expired());
        }
    }

    @Test
    public void unknownRewardNamesAreRefused() {
        try (ServiceCore core = core(Limits.defaults())) {
            EpisodeView v = core.open(task("multi_turn_base_0"));
            assertEquals(4, core.rewards(v.episodeId(), List.of()).size());
            assertEquals(ServiceError.Kind.NOT_FOUND, refusal(() -> core.rewards(v.episodeId(), List.of("nope"))));
        }
    }
}
