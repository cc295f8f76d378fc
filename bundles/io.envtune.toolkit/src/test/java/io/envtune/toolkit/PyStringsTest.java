package io.envtune.toolkit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.envtune.toolkit.internal.python.PyStrings;
import java.util.List;
import org.junit.Test;

/** str methods against CPython 3.11. */
public final class PyStringsTest {

    @Test
    public void splitlinesKnowsEveryPythonBoundary() {
        assertEquals(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"),
                PyStrings.splitlines("a\nb\r\nc\rd\u000be\u000cf\u001cg\u001dh\u001ei\u0085j\u2028k\u2029"));
        assertEquals(List.of(), PyStrings.splitlines(""));
        assertEquals(List.of("", ""), PyStrings.splitlines("\n\n"));
        assertEquals(List.of("a", "", "b"), PyStrings.splitlines("a\n\nb"));
        assertEquals(List.of("a\u001fb"), PyStrings.splitlines("a\u001fb"));
    }

    @Test
    public void splitOnRunsOfUnicodeWhitespace() {
        assertEquals(List.of("a", "b", "c", "d"), PyStrings.split("  a \t\n b\u00a0c\u3000\u001fd  "));
        assertEquals(List.of(), PyStrings.split("   "));
        assertEquals(List.of("a\u200bb"), PyStrings.split("a\u200bb"));
    }

    @Test
    public void lenCountsCodePointsAndCompareUsesThem() {
        assertEquals(1, PyStrings.len("😀"));
        assertTrue(PyStrings.compare("\uffff", "😀") < 0);
        assertTrue("\uffff".compareTo("😀") > 0);
        assertEquals("a b", PyStrings.strip("\u2028 a b\u0085"));
        assertEquals("abc", PyStrings.lower("ABC"));
    }
}
