package io.envtune.toolkit.generate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.Test;

/** Seeded wording: the same seed gives the same text, and many seeds give many framings. */
public class WordingTest {

    private static final List<String> CLAUSES = List.of("open the attic folder", "list what is inside");

    @Test
    public void theSameSeedGivesTheSameText() {
        for (long seed = 0; seed < 50; seed++) {
            assertEquals(new Wording(new SplittableRandom(seed)).turn(CLAUSES, 1),
                new Wording(new SplittableRandom(seed)).turn(CLAUSES, 1));
        }
    }

    @Test
    public void oneClauseGetsManyFramesAndKeepsItsWords() {
        Set<String> texts = new HashSet<>();
        for (long seed = 0; seed < 500; seed++) {
            String text = new Wording(new SplittableRandom(seed)).turn(List.of("open the attic folder"), 0);
            assertTrue(text, text.toLowerCase().contains("open the attic folder"));
            assertTrue(text, Character.isUpperCase(text.charAt(0)));
            texts.add(text);
        }
        assertTrue(texts.size() + " distinct", texts.size() >= 60);
    }

    @Test
    public void twoClausesAreJoinedInEitherOrderAndBothAppear() {
        Set<String> texts = new HashSet<>();
        int reversed = 0;
        for (long seed = 0; seed < 500; seed++) {
            String text = new Wording(new SplittableRandom(seed)).turn(CLAUSES, 2);
            String lower = text.toLowerCase();
            assertTrue(text, lower.contains("open the attic folder") && lower.contains("list what is inside"));
            reversed += lower.indexOf("list what") < lower.indexOf("open the") ? 1 : 0;
            texts.add(text);
        }
        assertTrue(texts.size() + " distinct", texts.size() >= 80);
        assertTrue(reversed + " reversed", reversed > 50 && reversed < 250);
    }

    @Test
    public void threeClausesAllAppearInOrder() {
        List<String> three = List.of("alpha one", "beta two", "gamma three");
        for (long seed = 0; seed < 200; seed++) {
            String text = new Wording(new SplittableRandom(seed)).turn(three, 0).toLowerCase();
            int a = text.indexOf("alpha one");
            int b = text.indexOf("beta two");
            int c = text.indexOf("gamma three");
            assertTrue(text, a >= 0 && a < b && b < c);
        }
    }

    @Test
    public void phraseFillsPlaceholdersAndNamesAMissingOne() {
        Wording w = new Wording(new SplittableRandom(1));
        assertEquals("copy a to b", w.phrase(List.of("copy {x} to {y}"), "x", "a", "y", "b"));
        assertEquals("3 items", Wording.fill("{n} items", Map.of("n", 3)));
        try {
            w.phrase(List.of("copy {x} to {z}"), "x", "a");
            fail("filled");
        } catch (IllegalArgumentException e) {
            assertEquals("no value for {z} in: copy {x} to {z}", e.getMessage());
        }
    }

    @Test
    public void quotingIsOneStylePerTaskAndStylesVary() {
        Set<String> styles = new HashSet<>();
        for (long seed = 0; seed < 100; seed++) {
            Wording w = new Wording(new SplittableRandom(seed));
            String a = w.quote("a.txt");
            assertEquals(a.replace("a.txt", "b.txt"), w.quote("b.txt"));
            styles.add(a);
        }
        assertEquals(Set.of("a.txt", "\"a.txt\"", "`a.txt`"), styles);
    }

    @Test
    public void listsItemsInProse() {
        Wording w = new Wording(new SplittableRandom(3));
        assertEquals("", w.list(List.of()));
        assertEquals("x", w.list(List.of("x")));
        String three = w.list(List.of("x", "y", "z"));
        assertTrue(three, three.startsWith("x, y") && three.endsWith("z"));
    }

    @Test
    public void framingWordsAreTheWordsAroundClauses() {
        Set<String> words = Wording.framingWords();
        assertTrue(words.containsAll(Set.of("please", "could", "you", "then", "thanks", "before", "first")));
        assertTrue(words.toString(), !words.contains("c") && !words.contains("b") && !words.contains(""));
        assertTrue(!words.contains("attic") && !words.contains("open"));
    }
}
