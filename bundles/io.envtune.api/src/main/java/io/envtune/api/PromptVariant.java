package io.envtune.api;

/** The paper's two system-prompt variants. */
public enum PromptVariant {
    /** Stages 1-2: tools and the response format. */
    A,
    /** Stages 3-4: adds "be resourceful" and "do not invent calls when something is missing". */
    B
}
