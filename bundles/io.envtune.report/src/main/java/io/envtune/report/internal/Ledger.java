package io.envtune.report.internal;

import java.util.List;

/**
 * The per-turn ledger of a run: which turns fail most and which hints fired.
 *
 * @param episodes the episodes read
 * @param steps the policy steps read
 * @param turns every turn that failed at least once, most failures first
 * @param hints every kind of hint, most frequent first
 */
public record Ledger(long episodes, long steps, List<TurnFailure> turns, List<HintCount> hints) {

    /** Copies the lists so the record stays immutable. */
    public Ledger {
        turns = List.copyOf(turns);
        hints = List.copyOf(hints);
    }

    /** @return the ledger of a run without records */
    public static Ledger empty() {
        return new Ledger(0, 0, List.of(), List.of());
    }
}
