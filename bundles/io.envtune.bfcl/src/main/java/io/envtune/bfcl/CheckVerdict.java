package io.envtune.bfcl;

import io.envtune.bfcl.internal.JsonWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The verdict of a BFCL checker on one trajectory.
 *
 * @param valid whether the trajectory passed
 * @param error why it failed; null when valid
 * @param errorMessage BFCL's message; null when valid
 * @param failedTurn the turn the check failed at; null when valid or when no turn applies (force-terminated,
 *                   unreadable input)
 * @param differingAttributes for a state mismatch, the attributes of the first mismatching class that differ, sorted;
 *                            null otherwise
 * @param missingItems for a response mismatch, the ground-truth result strings the model's results lack, in
 *                     ground-truth order; null otherwise
 */
public record CheckVerdict(boolean valid, CheckError error, String errorMessage, Integer failedTurn,
                           List<String> differingAttributes, List<String> missingItems) {

    private static final CheckVerdict VALID = new CheckVerdict(true, null, null, null, null, null);

    /** Copies the lists so the record stays immutable. */
    public CheckVerdict {
        differingAttributes = differingAttributes == null ? null : List.copyOf(differingAttributes);
        missingItems = missingItems == null ? null : List.copyOf(missingItems);
    }

    /** @return the passing verdict */
    public static CheckVerdict passed() {
        return VALID;
    }

    /**
     * @param error why it failed
     * @param message the message
     * @param failedTurn the turn, or null
     * @return a failing verdict without attribute or item lists
     */
    public static CheckVerdict failed(CheckError error, String message, Integer failedTurn) {
        return new CheckVerdict(false, error, message, failedTurn, null, null);
    }

    /**
     * The JSON object of the verdicts fixture: {@code valid}, {@code error_type}, and when invalid
     * {@code error_message}, {@code failed_turn} and {@code differing_attributes} or {@code missing_items} if present.
     *
     * @return the map in key order (values: Boolean, String, Integer, List, null)
     */
    public Map<String, Object> toJsonMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("valid", valid);
        out.put("error_type", error == null ? null : error.code());
        if (!valid) {
            out.put("error_message", errorMessage);
            out.put("failed_turn", failedTurn);
            if (differingAttributes != null) {
                out.put("differing_attributes", differingAttributes);
            }
            if (missingItems != null) {
                out.put("missing_items", missingItems);
            }
        }
        return out;
    }

    /** @return {@link #toJsonMap()} as JSON text, written like Python's {@code json.dumps} */
    public String toJson() {
        return JsonWriter.write(toJsonMap());
    }
}
