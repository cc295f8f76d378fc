package io.envtune.report.internal;

/**
 * An evaluation aggregate as {@code state.json} stores it (the training loop's {@code Evaluation}).
 *
 * @param episodes the number of episodes
 * @param progress the mean progress
 * @param success the share of fully passed episodes
 * @param formatValidity the share of well-formed responses
 */
public record EvalData(int episodes, double progress, double success, double formatValidity) {
}
