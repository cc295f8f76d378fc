package io.envtune.bfcl;

import io.envtune.api.EnvironmentInstance;
import io.envtune.toolkit.PyValues;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-turn comparisons of BFCL's multi-turn checker, shared by the checker and by live episode scoring so both
 * judge a turn the same way. Stateless.
 */
public final class TurnChecks {

    private TurnChecks() {
    }

    /**
     * BFCL's {@code is_empty_execute_response}: no steps, or a single step without calls.
     *
     * @param steps the decoded steps of one model turn
     * @return whether the turn counts as empty
     */
    public static boolean isEmptyTurn(List<List<String>> steps) {
        return steps.isEmpty() || (steps.size() == 1 && steps.get(0).isEmpty());
    }

    /**
     * BFCL's state comparison: every public attribute of the ground-truth instance, compared with Python equality.
     *
     * @param model the model-side instance
     * @param groundTruth the ground-truth instance of the same class
     * @return the names of the differing attributes, sorted by code point as the verdict fixtures list them; empty
     *         when equal
     */
    public static List<String> differingAttributes(EnvironmentInstance model, EnvironmentInstance groundTruth) {
        Map<String, Object> modelAttributes = model.attributes();
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Object> e : groundTruth.attributes().entrySet()) {
            // BFCL reads the attribute list from vars(); names with a leading underscore are private there.
            if (!e.getKey().startsWith("_") && !PyValues.eq(modelAttributes.get(e.getKey()), e.getValue())) {
                out.add(e.getKey());
            }
        }
        Collections.sort(out);
        return out;
    }

    /**
     * BFCL's unordered subsequence test: each model result can stand for one ground-truth result.
     *
     * @param groundTruthResults the turn's ground-truth result strings
     * @param modelResults every model result string so far (all turns)
     * @return the ground-truth results left unmatched, in ground-truth order; empty when all are present
     */
    public static List<String> missingItems(List<String> groundTruthResults, List<String> modelResults) {
        Map<String, Integer> available = new HashMap<>();
        modelResults.forEach(r -> available.merge(r, 1, Integer::sum));
        List<String> missing = new ArrayList<>();
        for (String expected : groundTruthResults) {
            Integer left = available.get(expected);
            if (left == null || left == 0) {
                missing.add(expected);
            } else {
                available.put(expected, left - 1);
            }
        }
        return missing;
    }
}
