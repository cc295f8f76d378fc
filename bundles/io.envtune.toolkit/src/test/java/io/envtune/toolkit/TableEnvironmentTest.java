package io.envtune.toolkit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.envtune.api.EnvironmentOptions;
import io.envtune.api.FailureKind;
import io.envtune.api.FeedbackEvent;
import io.envtune.api.FeedbackKind;
import io.envtune.api.ToolCall;
import io.envtune.api.ToolFailure;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

/** The base classes of a domain's DS components: environment over one table, augmenter for its tools. */
public final class TableEnvironmentTest {

    /** An environment over the executor test's table that reads its scenario as a dict. */
    private static final class Env extends TableEnvironment<CallExecutorTest.Counter> {
        Env() {
            super(CallExecutorTest.TOOLS, "2.0.0");
        }

        @Override
        protected CallExecutorTest.Counter state(String scenarioJson, EnvironmentOptions options) {
            scenarioObject(scenarioJson);
            longContextData(options);
            return new CallExecutorTest.Counter();
        }
    }

    @Test
    public void identityToolsAndInstancesComeFromTheTable() {
        Env env = new Env();
        assertEquals("GorillaFileSystem", env.id());
        assertEquals("2.0.0", env.version());
        assertEquals(CallExecutorTest.TOOLS.specs(), env.tools());
        assertEquals("{\"count\":0}", env.create("{}", EnvironmentOptions.DEFAULT).canonicalState());
        assertNull(env.longContextData(EnvironmentOptions.DEFAULT));
    }

    @Test
    public void malformedScenariosAndMissingDataFoldersAreRefused() {
        assertRefused("GorillaFileSystem scenario must be a JSON object: [1]", "[1]", EnvironmentOptions.DEFAULT);
        assertRefused("GorillaFileSystem long context needs a BFCL data folder (EnvironmentOptions.dataDir) holding "
                + "long_context_constants.json", "{}", new EnvironmentOptions(true, null));
    }

    private static void assertRefused(String message, String scenario, EnvironmentOptions options) {
        try {
            new Env().create(scenario, options);
            fail();
        } catch (IllegalArgumentException e) {
            assertEquals(message, e.getMessage());
        }
    }

    @Test
    public void augmenterAnswersOnlyFailuresOfItsOwnTools() {
        TableAugmenter augmenter = new TableAugmenter(CallExecutorTest.TOOLS) {
            @Override
            protected String hint(ToolFailure failure, HintArgs args) {
                return failure.tool() + " " + args.text("folder");
            }
        };
        ToolCall cd = ToolCall.ofKeywords("cd", Map.of("folder", "docs"));
        ToolFailure failure = new ToolFailure(FailureKind.NOT_FOUND, "cd", "folder", "docs");
        assertEquals(Optional.of("cd docs"), augmenter.hint(event(FeedbackKind.TOOL_FAILURE, cd, failure)));
        ToolFailure other = new ToolFailure(FailureKind.NOT_FOUND, "ls", null, "");
        assertTrue(augmenter.hint(event(FeedbackKind.TOOL_FAILURE, cd, other)).isEmpty());
        assertTrue(augmenter.hint(event(FeedbackKind.TOOL_FAILURE, cd, null)).isEmpty());
        assertTrue(augmenter.hint(event(FeedbackKind.FORMAT_ERROR, cd, failure)).isEmpty());
    }

    private static FeedbackEvent event(FeedbackKind kind, ToolCall call, ToolFailure failure) {
        return new FeedbackEvent(kind, call, failure, "raw", List.of());
    }

    @Test
    public void longContextConstantsAreReadOncePerFolder() {
        Path dir = Bfcl.dir().resolve("data");
        Env env = new Env();
        EnvironmentOptions options = new EnvironmentOptions(true, dir);
        assertSame(env.longContextData(options), env.longContextData(new EnvironmentOptions(true, dir.resolve("."))));
    }
}
