package io.envtune.testkit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.util.stream.Stream;
import org.junit.Test;

/** The BFCL folder is found from a module directory and its JSON Lines files stream. */
public final class BfclFixturesTest {

    @Test
    public void findsTheSharedFolder() {
        BfclFixtures.bfclDirOrSkip();
        assertTrue(Files.isRegularFile(BfclFixtures.dataDir().resolve("BFCL_v4_multi_turn_base.json")));
        assertTrue(Files.isRegularFile(BfclFixtures.fixturesDir().resolve("probes.jsonl")));
    }

    @Test
    public void streamsJsonLines() {
        BfclFixtures.bfclDirOrSkip();
        try (Stream<JsonObject> probes = BfclFixtures.fixture("probes.jsonl")) {
            assertEquals(32, probes.count());
        }
        try (Stream<JsonObject> base = BfclFixtures.jsonl(BfclFixtures.dataDir()
                .resolve("BFCL_v4_multi_turn_base.json"))) {
            assertEquals("multi_turn_base_0", base.findFirst().get().get("id").getAsString());
        }
    }

    /** Missing data skips a test on a developer's machine but fails it under CI. */
    @Test
    public void missingDataFailsUnderCiAndSkipsOtherwise() {
        java.nio.file.Path here = java.nio.file.Paths.get("here");
        assertEquals(here, BfclFixtures.orSkip(java.util.Optional.of(here), "true"));
        for (String ci : new String[] {"true", "1", "yes"}) {
            try {
                BfclFixtures.orSkip(java.util.Optional.empty(), ci);
                org.junit.Assert.fail("no failure with CI=" + ci);
            } catch (AssertionError e) {
                assertTrue(e.getMessage(), e.getMessage().contains("CI is set")
                        && e.getMessage().contains(BfclFixtures.PROPERTY)
                        && e.getMessage().contains(BfclFixtures.ENVIRONMENT));
            }
        }
        for (String ci : new String[] {null, "", "false", "0"}) {
            try {
                BfclFixtures.orSkip(java.util.Optional.empty(), ci);
                org.junit.Assert.fail("neither skipped nor failed with CI=" + ci);
            } catch (org.junit.AssumptionViolatedException skipped) {
                assertTrue(skipped.getMessage(), skipped.getMessage().contains("skipped"));
            }
        }
    }

    @Test
    public void propertyWins() {
        String old = System.getProperty(BfclFixtures.PROPERTY);
        try {
            System.setProperty(BfclFixtures.PROPERTY, "/nonexistent/bfcl");
            assertTrue(BfclFixtures.find().isEmpty());
        } finally {
            if (old == null) {
                System.clearProperty(BfclFixtures.PROPERTY);
            } else {
                System.setProperty(BfclFixtures.PROPERTY, old);
            }
        }
    }
}
