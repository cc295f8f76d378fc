package io.envtune.shell.internal;

import io.envtune.bfcl.BfclDataset;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resolves the {@code --bfcl DIR} option and validates split names, with messages meant for users. */
final class BfclPaths {

    /** System property naming the default BFCL data folder. */
    static final String PROPERTY = "envtune.bfcl";

    private BfclPaths() {
    }

    /**
     * @param option the {@code --bfcl} value, possibly empty
     * @return the folder to load
     * @throws IllegalArgumentException when none is given or it does not exist
     */
    static Path dataDir(String option) {
        String dir = option == null || option.isBlank() ? System.getProperty(PROPERTY, "") : option;
        if (dir.isBlank()) {
            throw new IllegalArgumentException("--bfcl DIR is required (a BFCL data folder such as "
                + "../shared/bfcl/data), or set -D" + PROPERTY + "=DIR");
        }
        Path path = Path.of(dir);
        if (!Files.isDirectory(path)) {
            throw new IllegalArgumentException("BFCL data folder not found: " + path.toAbsolutePath());
        }
        return path;
    }

    /**
     * @param data the dataset
     * @param split a split name
     * @return the split name
     * @throws IllegalArgumentException when the dataset has no such split
     */
    static String checkSplit(BfclDataset data, String split) {
        if (!data.splits().contains(split)) {
            throw new IllegalArgumentException("unknown split '" + split + "'; one of " + data.splits() + " or all");
        }
        return split;
    }
}
