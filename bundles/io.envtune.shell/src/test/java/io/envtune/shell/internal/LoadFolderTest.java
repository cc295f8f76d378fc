package io.envtune.shell.internal;

import static org.junit.Assert.assertEquals;

import java.nio.file.Paths;
import org.junit.Test;

public class LoadFolderTest {

    @Test
    public void configuredFolderWins() {
        assertEquals(Paths.get("/tmp/x").toAbsolutePath(), LoadFolder.resolve("/tmp/x", "/opt/envtune.jar"));
    }

    @Test
    public void defaultIsBesideTheLauncherJar() {
        assertEquals(Paths.get("/opt/envtune/load"), LoadFolder.resolve(null, "/opt/envtune/envtune.jar"));
    }

    @Test
    public void aClassPathOfSeveralEntriesFallsBackToTheWorkingDirectory() {
        assertEquals(Paths.get("load").toAbsolutePath(), LoadFolder.resolve(null, "/a.jar:/b.jar"));
    }
}
