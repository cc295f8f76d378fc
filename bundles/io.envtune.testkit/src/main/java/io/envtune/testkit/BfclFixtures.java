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
 * {@value #PROPERTY}, then walking up from the working directory to a directory that holds {@code shared/bfcl} or
 * whose sibling {@code ../shared/bfcl} exists (a module at {@code <repo>/environments/<module>} finds
 * {@code <repo>/../shared/bfcl}). Stateless and thread-safe.
 */
public final class BfclFixtures {

    /** The system property that names the BFCL folder explicitly. */
    public static final String PROPERTY = "envtune.bfcl.dir";

    private BfclFixtures() {
    }

    /**
     * @return the BFCL folder, if it can be found
     */
    public static Optional<Path> find() {
        String explicit = System.getProperty(PROPERTY);
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
        return find().orElseThrow(() -> new IllegalStateException("shared/bfcl not found above "
                + Paths.get("").toAbsolutePath() + "; set -D" + PROPERTY + "=<path to shared/bfcl>"));
    }

    /**
     * The BFCL folder, or a skipped test (JUnit assumption) when it is not there, for tests that only make sense with
     * the reference data.
     *
     * @return the BFCL folder
     */
    public static Path bfclDirOrSkip() {
        Optional<Path> dir = find();
        Assume.assumeTrue("shared/bfcl not found; set -D" + PROPERTY, dir.isPresent());
        return dir.get();
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
