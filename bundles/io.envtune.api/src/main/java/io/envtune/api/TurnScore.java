package io.envtune.api;

/**
 * The checker's verdict for one user turn.
 *
 * @param turn the turn index
 * @param passed whether the state and response checks passed
 * @param reason the BFCL error type when it failed ({@code multi_turn:instance_state_mismatch}, …), else empty
 */
public record TurnScore(int turn, boolean passed, String reason) {
}
