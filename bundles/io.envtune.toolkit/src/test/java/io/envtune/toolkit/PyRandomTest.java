package io.envtune.toolkit;

import static org.junit.Assert.assertEquals;

import io.envtune.toolkit.internal.python.PyFloat;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.Test;

/**
 * MT19937 streams against CPython 3.11's random module (random_streams.txt, generated with python3) for the BFCL
 * seeds 200191, 1053520, 141053 and a few edge seeds: getrandbits of 5/32/64/100 bits, randint over the ranges the
 * domains use, random(), uniform(), and a long run of draws.
 */
public final class PyRandomTest {

    @Test
    public void streamsMatchCPython() throws IOException {
        PyRandom r = null;
        int checked = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("random_streams.txt"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(" ");
                String expected = f[f.length - 1];
                switch (f[0]) {
                    case "seed" -> r = new PyRandom(Long.parseLong(f[1]));
                    case "skip" -> skip(r, Integer.parseInt(f[1]));
                    case "bits5" -> assertEquals(line, expected, r.getrandbits(5).toString());
                    case "bits32" -> assertEquals(line, expected, r.getrandbits(32).toString());
                    case "bits64" -> assertEquals(line, expected, r.getrandbits(64).toString());
                    case "bits100" -> assertEquals(line, expected, r.getrandbits(100).toString());
                    case "randint" -> assertEquals(line, expected,
                            Long.toString(r.randint(Long.parseLong(f[1]), Long.parseLong(f[2]))));
                    case "random" -> assertEquals(line, expected, PyFloat.repr(r.random()));
                    case "uniform" -> assertEquals(line, expected,
                            PyFloat.repr(r.uniform(Double.parseDouble(f[1]), Double.parseDouble(f[2]))));
                    default -> throw new AssertionError(line);
                }
                checked++;
            }
        }
        assertEquals(6 * 26, checked);
    }

    private static void skip(PyRandom r, int n) {
        for (int i = 0; i < n; i++) {
            r.random();
        }
    }

    @Test
    public void errorsLikeCPython() {
        PyRandom r = new PyRandom(1);
        JsonValuesTest.assertMessage("empty range for randrange() (5, 4, -1)", () -> r.randint(5, 3));
        JsonValuesTest.assertMessage("Cannot choose from an empty sequence", () -> r.choice(List.of()));
        assertEquals(0L, r.getrandbits(0));
    }
}
