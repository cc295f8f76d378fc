package io.envtune.bfcl;

/** Why a BFCL multi-turn check failed; {@link #code()} is the {@code error_type} string BFCL reports. */
public enum CheckError {
    /** The ground truth calls something in a turn where the model called nothing. */
    EMPTY_TURN_MODEL_RESPONSE("multi_turn:empty_turn_model_response"),
    /** After a turn, an instance's public attributes differ from the ground truth's (Python equality). */
    INSTANCE_STATE_MISMATCH("multi_turn:instance_state_mismatch"),
    /** A ground-truth result string of the turn is missing from the model's results so far. */
    EXECUTION_RESPONSE_MISMATCH("multi_turn:execution_response_mismatch"),
    /** The trajectory has a different number of turns than the ground truth (inference hit its step limit). */
    FORCE_TERMINATED("multi_turn:force_terminated"),
    /** The model result is not a list of turns. */
    INFERENCE_ERROR("multi_turn:inference_error"),
    /** The irrelevance checker: the model called tools in a turn whose ground truth is empty. */
    IRRELEVANCE_DECODER_SUCCESS("multi_turn:irrelevance_error:decoder_success"),
    /** envtune only: the input line is not JSON, has no id, or names an unknown entry. */
    INVALID_INPUT("envtune:invalid_input"),
    /** envtune only: the check could not run (no environment for a class, long-context data missing, ...). */
    CHECK_FAILED("envtune:check_failed");

    private final String code;

    CheckError(String code) {
        this.code = code;
    }

    /** @return the {@code error_type} string, e.g. {@code multi_turn:instance_state_mismatch} */
    public String code() {
        return code;
    }
}
