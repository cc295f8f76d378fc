package io.envtune.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.envtune.curriculum.Curriculum;
import io.envtune.curriculum.PaperCurriculum;
import io.envtune.env.math.internal.MathTasks;
import io.envtune.platform.StaticPlugins;
import io.envtune.runtime.AugmenterChain;
import io.envtune.testkit.BfclDomains;
import io.envtune.train.TrainProfile;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** {@code envtune:train --profile}: both profiles in the help, the one named is the one set up, others refused. */
public final class TrainProfileOptionTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private final StaticPlugins plugins = new StaticPlugins(BfclDomains.environments(), List.of(),
        AugmenterChain.EMPTY, List.of(new MathTasks()), new Curriculum(PaperCurriculum.stages(), null));

    @Test
    public void theHelpListsBothProfiles() throws Exception {
        String help = ((String) new TrainCommands(plugins).train("--help")).replaceAll("\\s+", " ");
        assertTrue(help, help.contains("--profile=NAME"));
        assertTrue(help, help.contains("builtin (default:"));
        assertTrue(help, help.contains("or paper (the"));
    }

    @Test
    public void theNamedProfileIsSetUp() {
        TrainSetup builtin = TrainSetup.of(io.envtune.platform.TaskOrigin.BUILTIN, "", plugins, "builtin");
        assertEquals(TrainProfile.builtin(), builtin.profile());
        TrainSetup paper = TrainSetup.of(io.envtune.platform.TaskOrigin.BUILTIN, "", plugins, "paper");
        assertEquals(TrainProfile.paper(), paper.profile());
    }

    @Test
    public void anUnknownProfileIsRefusedNamingTheProfiles() throws Exception {
        try {
            new TrainCommands(plugins).train("--profile", "fast", "--out", tmp.getRoot().toPath().resolve("r")
                .toString());
            fail("no profile 'fast'");
        } catch (IllegalArgumentException e) {
            assertEquals("no training profile 'fast'; profiles: builtin, paper", e.getMessage());
        }
    }
}
