package io.envtune.testkit;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.Assume;

/**
 * Finds the BFCL reference folder ({@code shared/bfcl}: {@code data/} and {@code fixtures/}) and reads its JSON Lines
 * files. The folder is read in place, never copied into a module. Lookup order: the system property
 * {@value #PROPERTY}, then the environment variable {@value #ENVIRONMENT}, then walking up from the working directory
 * to a directory that holds {@code shared/bfcl} or whose sibling {@code ../shared/bfcl} exists (a module at
 * {@code <repo>/environments/<module>} finds {@code <repo>/../shared/bfcl}). A folder named explicitly but missing is
 * not replaced by one found by walking. Tests that need the folder skip without it on a developer's machine, but fail
 * when the environment variable {@value #CI} is set: a CI run must not pass without running the conformance tests.
 * Stateless and thread-safe.
 */
public final class BfclFixtures {

    /** The system property that names the BFCL folder explicitly. */
    public static final String PROPERTY = "envtune.bfcl.dir";

    /** The environment variable that names the BFCL folder (when the system property is not set). */
    public static final String ENVIRONMENT = "ENVTUNE_BFCL_DIR";

    /** The environment variable CI services set; when it is set (and not {@code false}), a missing folder fails. */
    public static final String CI = "CI";

    private BfclFixtures() {
    }

    /**
     * @return the BFCL folder, if it can be found
     */
    public static Optional<Path> find() {
        String explicit = System.getProperty(PROPERTY);
        if (explicit == null || explicit.isBlank()) {
            explicit = System.getenv(ENVIRONMENT);
        }
        if (explicit != null && !explicit.isBlank()) {
            Path p = Paths.get(explicit).toAbsolutePath().normalize();
            return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path inside = dir.resolve("shared").resolve("bfcl");
            if (Files.isDirectory(inside)) {
                return Optional.of(inside.normalize());
            }
            Path beside = dir.resolveSibling("shared").resolve("bfcl");
            if (dir.getParent() != null && Files.isDirectory(beside)) {
                return Optional.of(beside.normalize());
            }
        }
        return Optional.empty();
    }

    /**
     * @return the BFCL folder
     * @throws IllegalStateException when it cannot be found, saying how to point at it
     */
    public static Path bfclDir() {
        return find().orElseThrow(() -> new IllegalStateException(notFound()));
    }

    private static String notFound() {
        String property = System.getProperty(PROPERTY);
        String where = property != null && !property.isBlank() ? PROPERTY + "=" + property + " is not a folder"
                : System.getenv(ENVIRONMENT) != null && !System.getenv(ENVIRONMENT).isBlank()
                ? ENVIRONMENT + "=" + System.getenv(ENVIRONMENT) + " is not a folder"
                : "shared/bfcl not found above " + Paths.get("").toAbsolutePath();
        return where + "; set -D" + PROPERTY + "=<path to shared/bfcl> or the environment variable " + ENVIRONMENT;
    }

    /**
     * The BFCL folder, for tests that only make sense with the reference data: without it such a test is skipped
     * (a JUnit assumption), except under CI (the environment variable {@value #CI} set), where it fails.
     *
     * @return the BFCL folder
     * @throws AssertionError when the folder is missing under CI
     */
    public static Path bfclDirOrSkip() {
        return orSkip(find(), System.getenv(CI));
    }

    /**
     * @param dir the folder, if found
     * @param ci the value of the {@value #CI} environment variable, or null
     * @return the folder
     * @throws AssertionError when it is missing and {@code ci} is set to anything but {@code false} or {@code 0}
     * @throws org.junit.AssumptionViolatedException when it is missing otherwise (the test is skipped)
     */
    static Path orSkip(Optional<Path> dir, String ci) {
        if (dir.isPresent()) {
            return dir.get();
        }
        if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false") && !ci.equals("0")) {
            throw new AssertionError(notFound() + ". " + CI + " is set, so the BFCL conformance tests fail instead of "
                    + "being skipped.");
        }
        Assume.assumeTrue(notFound() + " (the test is skipped; under CI it fails)", false);
        return null;
    }

    /** @return {@code shared/bfcl/data} (questions, answers, func docs, long-context constants) */
    public static Path dataDir() {
        return bfclDir().resolve("data");
    }

    /** @return {@code shared/bfcl/fixtures} (golden replays, probes, verdicts) */
    public static Path fixturesDir() {
        return bfclDir().resolve("fixtures");
    }

    /**
     * Streams a JSON Lines file, one object per non-blank line. Close the stream (try-with-resources): it holds the
     * file open.
     *
     * @param file a {@code .jsonl} file (or a BFCL data file, which is JSON Lines too)
     * @return the lines as Gson objects, in file order
     * @throws UncheckedIOException when the file cannot be opened
     */
    public static Stream<JsonObject> jsonl(Path file) {
        try {
            return Files.lines(file, StandardCharsets.UTF_8)
                    .filter(line -> !line.isBlank())
                    .map(line -> JsonParser.parseString(line).getAsJsonObject());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * @param name a file name in the fixtures folder, e.g. {@code probes.jsonl}
     * @return its lines as Gson objects; close the stream
     */
    public static Stream<JsonObject> fixture(String name) {
        return jsonl(fixturesDir().resolve(name));
    }
}
