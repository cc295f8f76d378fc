package io.envtune.api;

/** Why a tool call failed, as augmenters need it; never derived by parsing result strings. */
public enum FailureKind {
    /** The name is not a tool of any environment in the episode. */
    UNKNOWN_TOOL,
    /** The call text or JSON could not be parsed. */
    SYNTAX_ERROR,
    /** Missing, unexpected or surplus arguments for the tool's signature. */
    BAD_ARGUMENTS,
    /** An argument has a type the tool cannot use. */
    WRONG_TYPE,
    /** An argument value is outside what the tool accepts (bad code, bad mode, bad characters). */
    INVALID_VALUE,
    /** A named object (file, user, order, booking, airport) does not exist. */
    NOT_FOUND,
    /** The object exists but is the wrong kind (a directory where a file is expected, or the reverse). */
    WRONG_KIND,
    /** The target already exists. */
    ALREADY_EXISTS,
    /** The tool needs a login or a valid token first. */
    NOT_AUTHENTICATED,
    /** The state does not allow the action now (insufficient funds, engine running, market closed). */
    PRECONDITION_FAILED,
    /** The tool is not offered in this turn (miss_func). */
    UNAVAILABLE,
    /** The call was refused by policy (blacklisted name, limit exceeded). */
    REFUSED,
    /** The tool did not finish in time. */
    TIMEOUT,
    /** Anything else: an unexpected exception inside the tool. */
    INTERNAL
}
