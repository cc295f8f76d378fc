package io.envtune.policy.djl;

/**
 * How a DJL policy runs.
 *
 * @param name the policy name for records and reports
 * @param device {@code cpu}, or {@code gpu}/{@code gpuN} where a CUDA build of the native library and a GPU exist
 * @param constrained whether decoding is constrained to the response format (think, then a tool call over the
 *                    offered tools or an answer)
 * @param grpo the training hyperparameters
 * @param maxTextBytes in constrained decoding, the longest think or answer text in bytes (forces the closing tag)
 */
public record PolicyOptions(String name, String device, boolean constrained, GrpoSettings grpo, int maxTextBytes) {

    /**
     * @param name the policy name
     * @return CPU, unconstrained, paper GRPO settings
     */
    public static PolicyOptions defaults(String name) {
        return new PolicyOptions(name, "cpu", false, GrpoSettings.defaults(), 200);
    }

    /**
     * @param on whether to constrain decoding
     * @return a copy with that switch
     */
    public PolicyOptions withConstrained(boolean on) {
        return new PolicyOptions(name, device, on, grpo, maxTextBytes);
    }

    /**
     * @param settings training hyperparameters
     * @return a copy with them
     */
    public PolicyOptions withGrpo(GrpoSettings settings) {
        return new PolicyOptions(name, device, constrained, settings, maxTextBytes);
    }

    /**
     * @param bytes the longest think or answer text in constrained decoding
     * @return a copy with that cap
     */
    public PolicyOptions withMaxTextBytes(int bytes) {
        return new PolicyOptions(name, device, constrained, grpo, bytes);
    }
}
