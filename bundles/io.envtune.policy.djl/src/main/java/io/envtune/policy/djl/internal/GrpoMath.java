package io.envtune.policy.djl.internal;

import io.envtune.policy.djl.GrpoSettings;

/**
 * The scalar definitions of the GRPO objective, used for advantages and as the reference the array code is tested
 * against. Per token, with ratio r = exp(logp − old) (log-ratio clamped to ±20) and advantage A:
 * <pre>
 *   clipped = max(−A·r, −A·clip(r, 1−ε_low, 1+ε_high))
 *   pg      = A &lt; 0 ? min(clipped, −A·c) : clipped            (dual clip)
 *   kl      = exp(ref − logp) − (ref − logp) − 1, clamped to [−10, 10]   (k3)
 *   loss    = pg + β·kl − entropyCoef·entropy
 * </pre>
 * averaged over all completion tokens of the step (token-mean).
 */
public final class GrpoMath {

    /** Added to the group standard deviation. */
    public static final double ADV_EPS = 1e-6;

    private GrpoMath() {
    }

    /**
     * Group-normalised advantages (r − mean) / (std + 1e-6), std being the sample standard deviation (n − 1, as
     * {@code torch.std}); all zero for groups of fewer than two.
     *
     * @param rewards the group's rewards
     * @return the advantages
     */
    public static double[] advantages(double[] rewards) {
        int n = rewards.length;
        double[] out = new double[n];
        if (n < 2) {
            return out;
        }
        double mean = 0;
        for (double r : rewards) {
            mean += r;
        }
        mean /= n;
        double var = 0;
        for (double r : rewards) {
            var += (r - mean) * (r - mean);
        }
        double std = Math.sqrt(var / (n - 1));
        for (int i = 0; i < n; i++) {
            out[i] = (rewards[i] - mean) / (std + ADV_EPS);
        }
        return out;
    }

    /**
     * @param rewards a group's rewards
     * @return whether they are all equal (the group carries no learning signal)
     */
    public static boolean zeroSignal(double[] rewards) {
        for (double r : rewards) {
            if (r != rewards[0]) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param logp current log-probability
     * @param old sampling log-probability
     * @return the importance ratio
     */
    public static double ratio(double logp, double old) {
        return Math.exp(Math.max(-20, Math.min(20, logp - old)));
    }

    /**
     * @param logp current log-probability
     * @param old sampling log-probability
     * @param adv the advantage
     * @param s the settings (clip ranges, dual clip)
     * @return the policy-gradient loss of one token
     */
    public static double pgLoss(double logp, double old, double adv, GrpoSettings s) {
        double r = ratio(logp, old);
        double clippedRatio = Math.max(1 - s.epsLow(), Math.min(1 + s.epsHigh(), r));
        double clipped = Math.max(-adv * r, -adv * clippedRatio);
        return adv < 0 ? Math.min(clipped, -adv * s.dualClip()) : clipped;
    }

    /**
     * @param logp current log-probability
     * @param old sampling log-probability
     * @param adv the advantage
     * @param s the settings
     * @return whether the ε clip is active for this token (verl's clip fraction counts these)
     */
    public static boolean clipped(double logp, double old, double adv, GrpoSettings s) {
        double r = ratio(logp, old);
        double clippedRatio = Math.max(1 - s.epsLow(), Math.min(1 + s.epsHigh(), r));
        return -adv * clippedRatio > -adv * r;
    }

    /**
     * @param logp current log-probability
     * @param ref reference log-probability
     * @return the k3 KL estimate
     */
    public static double k3(double logp, double ref) {
        double d = ref - logp;
        return Math.max(-10, Math.min(10, Math.exp(d) - d - 1));
    }
}
