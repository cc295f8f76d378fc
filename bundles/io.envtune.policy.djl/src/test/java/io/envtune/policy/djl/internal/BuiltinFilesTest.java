package io.envtune.policy.djl.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

/** The built-in vocabulary: words of the given texts become tokens, numbers never do. */
public class BuiltinFilesTest {

    @Test
    public void numbersStayDigitByDigit() {
        List<String> words = BuiltinFiles.words(List.of(), List.of("close ticket 3561", "close ticket 3561 now 42",
            "v2 file_1"), List.of(), 100);
        assertTrue(words.toString(), words.containsAll(List.of("close", "ticket", "now", "v2", "file_1")));
        assertFalse(words.toString(), words.contains("3561") || words.contains("42"));
    }
}
