package io.envtune.policy.djl.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDScope;
import io.envtune.policy.djl.GrpoSettings;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * AdamW with decoupled weight decay (none on norms and biases), state kept beside the parameters. Updates happen in
 * place while the parameters do not require gradients.
 */
public final class AdamW implements AutoCloseable {

    private final Map<String, NDArray> m = new LinkedHashMap<>();
    private final Map<String, NDArray> v = new LinkedHashMap<>();
    private long step;

    /**
     * @param weights the parameters to optimise (state arrays are created beside them, zeroed)
     */
    public AdamW(Weights weights) {
        DjlRuntime.run(() -> weights.all().forEach((name, p) -> {
            m.put(name, p.zerosLike());
            v.put(name, p.zerosLike());
        }));
    }

    /** @return the number of steps taken */
    public long steps() {
        return step;
    }

    /**
     * One update.
     *
     * @param params name to parameter
     * @param grads name to gradient
     * @param gradScale the gradient multiplier (clipping)
     * @param s learning rate, decay, betas, epsilon
     */
    public void step(Map<String, NDArray> params, Map<String, NDArray> grads, double gradScale, GrpoSettings s) {
        step++;
        double bc1 = 1 - Math.pow(s.beta1(), step);
        double bc2 = 1 - Math.pow(s.beta2(), step);
        for (Map.Entry<String, NDArray> e : params.entrySet()) {
            String name = e.getKey();
            NDArray p = e.getValue();
            try (NDScope scope = new NDScope()) {
                NDArray g = grads.get(name).mul((float) gradScale);
                m.get(name).muli((float) s.beta1()).addi(g.mul((float) (1 - s.beta1())));
                v.get(name).muli((float) s.beta2()).addi(g.square().muli((float) (1 - s.beta2())));
                if (s.weightDecay() > 0 && !WeightLayout.noDecay(name)) {
                    p.muli((float) (1 - s.learningRate() * s.weightDecay()));
                }
                NDArray denom = v.get(name).div((float) bc2).sqrt().addi((float) s.adamEps());
                p.subi(m.get(name).div((float) bc1).divi(denom).muli((float) s.learningRate()));
            }
        }
    }

    /**
     * @return the state as host tensors ({@code exp_avg.NAME}, {@code exp_avg_sq.NAME})
     */
    public Map<String, HostTensor> state() {
        return DjlRuntime.call(() -> {
            Map<String, HostTensor> out = new LinkedHashMap<>();
            m.forEach((name, a) -> out.put("exp_avg." + name, Weights.host(a)));
            v.forEach((name, a) -> out.put("exp_avg_sq." + name, Weights.host(a)));
            return out;
        });
    }

    /**
     * Restores the state written by {@link #state()}.
     *
     * @param state the tensors
     * @param steps the step count
     */
    public void restore(Map<String, HostTensor> state, long steps) {
        DjlRuntime.run(() -> {
            m.forEach((name, a) -> a.set(tensor(state, "exp_avg." + name).toFloat32Direct()));
            v.forEach((name, a) -> a.set(tensor(state, "exp_avg_sq." + name).toFloat32Direct()));
        });
        this.step = steps;
    }

    private static HostTensor tensor(Map<String, HostTensor> state, String key) {
        HostTensor t = state.get(key);
        if (t == null) {
            throw new IllegalArgumentException("optimizer state lacks " + key);
        }
        return t;
    }

    @Override
    public void close() {
        DjlRuntime.run(() -> {
            m.values().forEach(NDArray::close);
            v.values().forEach(NDArray::close);
        });
    }
}
