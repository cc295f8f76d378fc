package io.envtune.api;

/**
 * What one policy update did.
 *
 * @param loss the loss value
 * @param kl the mean KL to the reference policy
 * @param entropy the mean token entropy
 * @param clipFraction the fraction of tokens whose ratio was clipped
 * @param gradNorm the gradient norm before clipping
 * @param tokens the number of loss-carrying tokens
 * @param zeroSignalGroups groups skipped because all their rewards were equal
 */
public record UpdateStats(double loss, double kl, double entropy, double clipFraction, double gradNorm, long tokens,
                          int zeroSignalGroups) {
}
