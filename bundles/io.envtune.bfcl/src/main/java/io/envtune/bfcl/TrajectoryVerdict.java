package io.envtune.bfcl;

import io.envtune.bfcl.internal.JsonWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Both checker verdicts on one model trajectory.
 *
 * @param id the entry id; null when the input had none
 * @param split the entry's split ({@code base}, ...); null when unknown
 * @param checker the multi-turn checker's verdict (with the scorer's force-terminated / inference-error pre-checks)
 * @param irrelevance the irrelevance checker's verdict, reported separately
 */
public record TrajectoryVerdict(String id, String split, CheckVerdict checker, CheckVerdict irrelevance) {

    /** @return BFCL's official verdict: the multi-turn checker's alone */
    public boolean officialValid() {
        return checker.valid();
    }

    /**
     * @return the output line (without line break): {@code id}, {@code multi_turn_checker},
     *         {@code irrelevance_checker}, {@code official_valid}, written like Python's {@code json.dumps}
     */
    public String toJsonLine() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.put("multi_turn_checker", checker.toJsonMap());
        out.put("irrelevance_checker", irrelevance.toJsonMap());
        out.put("official_valid", officialValid());
        return JsonWriter.write(out);
    }
}
