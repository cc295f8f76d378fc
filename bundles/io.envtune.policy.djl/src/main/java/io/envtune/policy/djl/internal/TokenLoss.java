package io.envtune.policy.djl.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import io.envtune.policy.djl.GrpoSettings;

/**
 * The per-token GRPO loss on engine arrays (differentiable in {@code logp} and {@code entropy}); the formula is
 * written out on {@link GrpoMath}.
 */
public final class TokenLoss {

    private TokenLoss() {
    }

    /**
     * @param logp current log-probabilities of the sampled tokens, (N)
     * @param old sampling log-probabilities, (N)
     * @param adv advantages, (N)
     * @param ref reference log-probabilities, (N)
     * @param entropy token entropies, (N)
     * @param s the settings
     * @return {loss, pg, kl}, each (N)
     */
    public static NDArray[] terms(NDArray logp, NDArray old, NDArray adv, NDArray ref, NDArray entropy,
                                  GrpoSettings s) {
        NDArray ratio = logp.sub(old).clip(-20, 20).exp();
        NDArray negAdv = adv.neg();
        NDArray pg1 = negAdv.mul(ratio);
        NDArray pg2 = negAdv.mul(ratio.clip(1 - s.epsLow(), 1 + s.epsHigh()));
        NDArray clipped = pg1.maximum(pg2);
        NDArray dual = clipped.minimum(negAdv.mul(s.dualClip()));
        NDArray pg = NDArrays.where(adv.lt(0), dual, clipped);
        NDArray d = ref.sub(logp);
        NDArray kl = d.exp().sub(d).sub(1).clip(-10, 10);
        NDArray loss = pg.add(kl.mul(s.klBeta())).sub(entropy.mul(s.entropyCoef()));
        return new NDArray[] {loss, pg, kl};
    }
}
