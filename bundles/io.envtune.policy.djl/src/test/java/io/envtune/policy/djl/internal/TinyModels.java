package io.envtune.policy.djl.internal;

import ai.djl.Device;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Random tiny models written by the tests themselves (no downloads are possible here). */
final class TinyModels {

    private TinyModels() {
    }

    static ModelConfig config(String type, int kvHeads, boolean bias, boolean tied, boolean qkNorm) {
        return new ModelConfig(type, 300, 32, 48, 2, 4, kvHeads, 8, 1e-6, 10000.0, null, tied, bias, qkNorm, 512, -1,
                List.of(299));
    }

    /** Weights with a larger spread than the built-in init, so logits differ visibly between positions. */
    static Map<String, HostTensor> weights(ModelConfig c, long seed) {
        Map<String, HostTensor> w = BuiltinFiles.initialWeights(c, seed);
        java.util.SplittableRandom rng = new java.util.SplittableRandom(seed + 1);
        w.replaceAll((name, t) -> {
            float[] v = t.toFloats();
            for (int i = 0; i < v.length; i++) {
                v[i] = WeightLayout.isNorm(name) ? 1f + (float) (0.1 * rng.nextGaussian())
                        : (float) (0.2 * rng.nextGaussian());
            }
            return HostTensor.ofFloats(t.shape(), v);
        });
        return w;
    }

    static CausalLm model(ModelConfig c, long seed) {
        return new CausalLm(c, Weights.fromHost(c, weights(c, seed), Device.cpu()));
    }

    static void delete(Path dir) {
        Checkpoints.deleteQuietly(dir);
    }

    static Path tempDir(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
