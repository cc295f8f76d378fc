package io.envtune.policy.djl.internal;

import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.engine.PtSymbolBlock;
import java.util.function.Supplier;

/**
 * The model as sampling uses it: on the CPU, with every projection of a decoding step on weights packed once for
 * oneDNN ({@link PackedLinears}), else the plain model. The packs are a snapshot, built on first use and again after
 * {@link #invalidate()} (call it whenever the weights change); they cost as much memory again as the projection
 * weights. {@code -Denvtune.djl.packedDecoding=false} turns them off; when the engine lacks the kernels they stay off
 * and {@link #unavailable()} says why.
 */
final class DecodingModel implements Supplier<CausalLm>, AutoCloseable {

    /** The system property that turns packed decoding off ({@code false}). */
    static final String SWITCH = "envtune.djl.packedDecoding";

    private final CausalLm plain;
    private PackedMatmul kernels;
    private PackedLinears packs;
    private ScriptedDecoder scripted;
    private PtSymbolBlock script;
    private NDManager scriptManager;
    private String scriptUnavailable;
    private CausalLm packed;
    private String unavailable;

    /**
     * @param plain the model with its own (trainable) weights
     */
    DecodingModel(CausalLm plain) {
        this.plain = plain;
        if (!Boolean.parseBoolean(System.getProperty(SWITCH, "true"))) {
            unavailable = "turned off (-D" + SWITCH + "=false)";
        } else if (!plain.weights().manager().getDevice().getDeviceType().equals(ai.djl.Device.Type.CPU)) {
            unavailable = "not on " + plain.weights().manager().getDevice() + " (CPU only)";
        }
    }

    /** @return the model to sample with, packing the current weights if they are not packed yet */
    @Override
    public synchronized CausalLm get() {
        if (unavailable != null) {
            return plain;
        }
        if (packed == null) {
            try {
                DjlRuntime.run(() -> {
                    if (kernels == null) {
                        kernels = PackedMatmul.load(plain.weights().manager());
                    }
                    packs = new PackedLinears(plain.config(), plain.weights(), kernels);
                });
            } catch (IllegalStateException e) {
                unavailable = e.getMessage();
                return plain;
            }
            scripted = scriptedStep();
            packed = plain.withLinears(packs, scripted);
        }
        return packed;
    }

    /** The scripted step over the packs, or null (then each layer runs op by op) when the engine cannot run it. */
    private ScriptedDecoder scriptedStep() {
        if (scriptUnavailable != null) {
            return null;
        }
        try {
            return DjlRuntime.call(() -> {
                if (script == null) {
                    NDManager owner = plain.weights().manager().newSubManager();
                    try {
                        script = ScriptedDecoder.compile(owner);
                    } catch (IllegalStateException e) {
                        owner.close();
                        throw e;
                    }
                    scriptManager = owner;
                }
                return ScriptedDecoder.bind(plain.config(), plain.weights(), packs, script);
            });
        } catch (IllegalStateException e) {
            scriptUnavailable = e.getMessage();
            return null;
        }
    }

    /** Drops the packs (the weights changed); the next {@link #get()} packs again. */
    synchronized void invalidate() {
        if (scripted != null) {
            DjlRuntime.run(scripted::close);
        }
        scripted = null;
        if (packs != null) {
            DjlRuntime.run(packs::close);
        }
        packs = null;
        packed = null;
    }

    /** @return why sampling uses the plain model, or null when it uses packed weights */
    synchronized String unavailable() {
        return unavailable;
    }

    /** @return why shared-prompt steps run op by op instead of as one scripted call, or null */
    synchronized String scriptUnavailable() {
        return unavailable != null ? unavailable : scriptUnavailable;
    }

    /** @return which decoding path sampling takes now, and why when it is not the fast one */
    synchronized String describe() {
        if (unavailable != null) {
            return "op by op on the plain weights (" + unavailable + ")";
        }
        if (packed == null) {
            return "packed weights (packed at the next sampling call)";
        }
        return scripted != null ? "packed weights, one scripted call per step"
                : "packed weights, op by op (" + scriptUnavailable + ")";
    }

    @Override
    public synchronized void close() {
        invalidate();
        if (script != null) {
            DjlRuntime.run(() -> {
                script.close();
                scriptManager.close();
            });
            script = null;
        }
        if (kernels != null) {
            DjlRuntime.run(kernels::close);
            kernels = null;
        }
    }
}
