package io.envtune.bfcl.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the BFCL multi-turn files are: a data folder itself ({@code BFCL_v4_multi_turn_base.json},
 * {@code possible_answer/}, {@code multi_turn_func_doc/}), a gorilla checkout's
 * {@code berkeley-function-call-leaderboard} folder, or the checkout root. V4 file names are preferred over V3 ones.
 *
 * @param dataDir the resolved data folder
 */
public record DataLayout(Path dataDir) {

    /** File name prefixes, newest first (V3 and the V4 release hold identical multi-turn data). */
    private static final List<String> VERSIONS = List.of("BFCL_v4_", "BFCL_v3_");

    /** Sub-folders of a checkout that hold the data, tried in order. */
    private static final List<String> CANDIDATES = List.of("", "bfcl_eval/data",
        "berkeley-function-call-leaderboard/bfcl_eval/data", "data", "berkeley-function-call-leaderboard/data");

    /**
     * @param dir a data folder, a {@code berkeley-function-call-leaderboard} folder or a gorilla checkout
     * @return the layout
     * @throws IllegalArgumentException when no BFCL multi-turn data is found there
     */
    public static DataLayout resolve(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("not a directory: " + dir);
        }
        for (String sub : CANDIDATES) {
            Path candidate = sub.isEmpty() ? dir : dir.resolve(sub);
            if (Files.isDirectory(candidate.resolve("possible_answer")) && hasAnyQuestionFile(candidate)) {
                return new DataLayout(candidate);
            }
        }
        throw new IllegalArgumentException("no BFCL multi-turn data under " + dir + ": expected "
            + "BFCL_v4_multi_turn_<split>.json (or BFCL_v3_...) and possible_answer/ in it or in bfcl_eval/data, "
            + "berkeley-function-call-leaderboard/bfcl_eval/data");
    }

    private static boolean hasAnyQuestionFile(Path candidate) {
        for (String version : VERSIONS) {
            try (var files = Files.list(candidate)) {
                if (files.anyMatch(p -> p.getFileName().toString().startsWith(version + "multi_turn_"))) {
                    return true;
                }
            } catch (java.io.IOException e) {
                return false;
            }
        }
        return false;
    }

    /**
     * @param split a split name such as {@code base}
     * @return the question file of that split (V4 name if present, else V3), or null when there is none
     */
    public Path questionFile(String split) {
        for (String version : VERSIONS) {
            Path file = dataDir.resolve(version + "multi_turn_" + split + ".json");
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        return null;
    }

    /**
     * @param questionFile a question file found by {@link #questionFile(String)}
     * @return the answer file of the same name under {@code possible_answer/}
     * @throws IllegalArgumentException when it is missing
     */
    public Path answerFile(Path questionFile) {
        Path file = dataDir.resolve("possible_answer").resolve(questionFile.getFileName().toString());
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("ground truth file missing for " + questionFile + ": expected " + file);
        }
        return file;
    }

    /** @return the {@code multi_turn_func_doc} folder (it may be absent) */
    public Path funcDocDir() {
        return dataDir.resolve("multi_turn_func_doc");
    }
}
