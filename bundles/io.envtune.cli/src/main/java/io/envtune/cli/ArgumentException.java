package io.envtune.cli;

import java.io.Serial;

/** A command line refused: the message is one line naming the command, the bad option and what is allowed. */
public final class ArgumentException extends IllegalArgumentException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** @param message the one-line refusal */
    public ArgumentException(String message) {
        super(message);
    }
}
