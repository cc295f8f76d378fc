package io.envtune.env.filesystem.internal;

import io.envtune.toolkit.LongContextData;
import java.util.List;
import java.util.Set;

/**
 * The long-context padding of the file system, taken from BFCL's constants: text appended to every file not in
 * {@code FILES_TAIL_USED}, and the empty files added to every directory without sub-directories.
 *
 * @param contentExtension {@code FILE_CONTENT_EXTENSION}
 * @param populateFiles {@code POPULATE_FILE_EXTENSION}, in order
 * @param tailUsed {@code FILES_TAIL_USED}
 */
record Padding(String contentExtension, List<String> populateFiles, Set<String> tailUsed) {

    /** Copies the collections so the record stays immutable. */
    Padding {
        populateFiles = List.copyOf(populateFiles);
        tailUsed = Set.copyOf(tailUsed);
    }

    /**
     * @param data the loaded constants
     * @return the file-system part of them
     */
    static Padding from(LongContextData data) {
        return new Padding((String) data.get("FILE_CONTENT_EXTENSION"), strings(data.get("POPULATE_FILE_EXTENSION")),
            Set.copyOf(strings(data.get("FILES_TAIL_USED"))));
    }

    private static List<String> strings(Object value) {
        return ((List<?>) value).stream().map(String.class::cast).toList();
    }
}
