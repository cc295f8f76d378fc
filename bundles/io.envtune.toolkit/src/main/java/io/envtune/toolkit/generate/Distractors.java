package io.envtune.toolkit.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Distractor classes for generated tasks: other BFCL environments whose tools are offered but never needed, as
 * BFCL's multi-class entries offer tools of classes a turn does not use. Their state starts from their defaults.
 */
public final class Distractors {

    /** The eight BFCL multi-turn classes. */
    public static final List<String> BFCL_CLASSES = List.of("GorillaFileSystem", "MathAPI", "MessageAPI",
        "TwitterAPI", "TicketAPI", "TradingBot", "TravelAPI", "VehicleControlAPI");

    private Distractors() {
    }

    /**
     * @param own the task's own class
     * @param extra how many other classes to add, 0 to 2
     * @param random the task's random numbers
     * @return the involved classes: {@code own} and {@code extra} others, in a random order
     */
    public static List<String> involved(String own, int extra, SplittableRandom random) {
        List<String> others = new ArrayList<>(BFCL_CLASSES);
        others.remove(own);
        List<String> out = new ArrayList<>(List.of(own));
        for (int i = 0; i < extra && !others.isEmpty(); i++) {
            String pick = others.remove(random.nextInt(others.size()));
            out.add(random.nextInt(out.size() + 1), pick);
        }
        return List.copyOf(out);
    }
}
