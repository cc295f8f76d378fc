package io.envtune.toolkit.generate;

import java.util.List;
import java.util.Objects;

/**
 * One thing a user asks for within a turn: a clause of question text and the ground-truth calls that do it.
 *
 * <p>The clause is an imperative verb phrase starting in lower case, without final punctuation
 * ({@code "move notes.txt into the archive folder"}), so {@link Wording} can frame it as a request, a question or part
 * of a longer sentence. A request that can be asked without one of its parameters also carries a vague clause
 * ({@code "move one of the notes into the archive folder"}) and the clarification a user gives next
 * ({@code "I meant notes.txt."}); a miss_param task is made from such a request.
 *
 * @param clause the clause, fully specified
 * @param calls the ground-truth calls in Python call syntax, at least one
 * @param vagueClause the clause with one parameter left out, or null when the request cannot be made vague
 * @param clarification the full sentence that supplies the missing parameter, or null exactly when
 *                      {@code vagueClause} is
 */
public record Request(String clause, List<String> calls, String vagueClause, String clarification) {

    /** Checks the fields and copies the list. */
    public Request {
        Objects.requireNonNull(clause, "clause");
        calls = List.copyOf(calls);
        if (calls.isEmpty()) {
            throw new IllegalArgumentException("a request needs at least one call: " + clause);
        }
        if ((vagueClause == null) != (clarification == null)) {
            throw new IllegalArgumentException("vague clause and clarification come together: " + clause);
        }
    }

    /**
     * @param clause the clause
     * @param calls the ground-truth calls
     * @return a request that cannot be made vague
     */
    public static Request of(String clause, String... calls) {
        return new Request(clause, List.of(calls), null, null);
    }

    /**
     * @param vague the clause with one parameter left out
     * @param clarificationSentence the sentence that supplies it
     * @return this request, able to be made vague
     */
    public Request vague(String vague, String clarificationSentence) {
        return new Request(clause, calls, vague, clarificationSentence);
    }

    /** @return whether a miss_param task can be made from this request */
    public boolean canBeVague() {
        return vagueClause != null;
    }
}
