package io.envtune.toolkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.Assume;

/**
 * Finds the shared BFCL folder for the toolkit's tests, by the rules of the test kit's {@code BfclFixtures} (which
 * cannot be used here: it depends on the toolkit): the system property {@code envtune.bfcl.dir}, the environment
 * variable {@code ENVTUNE_BFCL_DIR}, else a {@code shared/bfcl} found upwards. Without it a test is skipped, except
 * under CI (the environment variable {@code CI} set), where it fails.
 */
public final class Bfcl {

    private Bfcl() {
    }

    /** @return shared/bfcl with its fixtures, or skips (fails under CI) the calling test when it cannot be found */
    static Path dir() {
        return dir("fixtures");
    }

    /**
     * @param marker a path the folder must hold, e.g. {@code data/possible_answer}
     * @return shared/bfcl, or skips (fails under CI) the calling test when it cannot be found
     */
    public static Path dir(String marker) {
        String explicit = System.getProperty("envtune.bfcl.dir");
        if (explicit == null || explicit.isBlank()) {
            explicit = System.getenv("ENVTUNE_BFCL_DIR");
        }
        if (explicit != null && !explicit.isBlank()) {
            return orSkip(Files.isDirectory(Paths.get(explicit).resolve(marker)) ? Paths.get(explicit) : null);
        }
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            for (Path candidate : new Path[] {p.resolve("shared/bfcl"), p.resolveSibling("shared").resolve("bfcl")}) {
                if (Files.isDirectory(candidate.resolve(marker))) {
                    return candidate;
                }
            }
        }
        return orSkip(null);
    }

    private static Path orSkip(Path found) {
        if (found != null) {
            return found;
        }
        String ci = System.getenv("CI");
        String why = "shared/bfcl not found; set -Denvtune.bfcl.dir=<path> or ENVTUNE_BFCL_DIR";
        if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false") && !ci.equals("0")) {
            throw new AssertionError(why + ". CI is set, so the BFCL conformance tests fail instead of being skipped.");
        }
        Assume.assumeTrue(why + " (the test is skipped; under CI it fails)", false);
        return null;
    }
}
