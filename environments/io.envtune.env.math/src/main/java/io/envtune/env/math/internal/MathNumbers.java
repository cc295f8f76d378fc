package io.envtune.env.math.internal;

import io.envtune.toolkit.PyText;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Numbers for generated MathAPI tasks: ints of varied size and sign, and floats with one or two decimals whose Python
 * repr is exactly the digits the question shows, so the text and the ground truth agree. Unlike BFCL's and the
 * built-in tasks' small round operands, they run from negatives to thousands. Stateless.
 */
final class MathNumbers {

    private MathNumbers() {
    }

    /** @return an int in [-500, 5000] or a two-decimal float of that size, as a Python value */
    static Object any(SplittableRandom r) {
        return r.nextInt(3) == 0 ? decimal(r, -500, 5000) : (Object) (long) (r.nextInt(5501) - 500);
    }

    /** @return a positive int or float below {@code max} */
    static Object positive(SplittableRandom r, int max) {
        return r.nextBoolean() ? decimal(r, 1, max) : (Object) (long) (1 + r.nextInt(max));
    }

    /** @return a float with one or two decimals in [min, max], e.g. 418.07 */
    static Double decimal(SplittableRandom r, int min, int max) {
        int hundredths = r.nextInt((max - min) * 100) + min * 100;
        if (hundredths % 100 == 0) {
            hundredths += 7;
        }
        return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.2f", hundredths / 100.0));
    }

    /** @return 3 to 7 numbers for the statistics tools */
    static List<Object> list(SplittableRandom r) {
        List<Object> out = new ArrayList<>();
        boolean floats = r.nextBoolean();
        for (int n = 3 + r.nextInt(5); n > 0; n--) {
            out.add(floats ? decimal(r, -40, 400) : (Object) (long) (r.nextInt(901) - 100));
        }
        return out;
    }

    /** @return the number as the question shows it (its Python repr) */
    static String show(Object number) {
        return PyText.repr(number);
    }

    /** @return the numbers as prose, e.g. {@code 3, -4.5 and 12} */
    static List<String> shown(List<Object> numbers) {
        return numbers.stream().map(MathNumbers::show).toList();
    }
}
