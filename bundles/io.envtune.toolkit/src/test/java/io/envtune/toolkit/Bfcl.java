package io.envtune.toolkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.Assume;

/** Finds the shared BFCL folder for tests (the test kit cannot be used here: it depends on the toolkit). */
final class Bfcl {

    private Bfcl() {
    }

    /** @return shared/bfcl, or skips the calling test when it cannot be found */
    static Path dir() {
        String prop = System.getProperty("envtune.bfcl.dir");
        if (prop != null && Files.isDirectory(Paths.get(prop))) {
            return Paths.get(prop);
        }
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            for (Path candidate : new Path[] {p.resolve("shared/bfcl"), p.resolveSibling("shared").resolve("bfcl")}) {
                if (Files.isDirectory(candidate.resolve("fixtures"))) {
                    return candidate;
                }
            }
        }
        Assume.assumeTrue("shared/bfcl not found", false);
        return null;
    }
}
