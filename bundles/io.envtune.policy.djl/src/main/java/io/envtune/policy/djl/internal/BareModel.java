package io.envtune.policy.djl.internal;

import ai.djl.Device;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A model folder's configuration and weights without any tokenizer: token ids in, token ids out. Enough for exact
 * checks against Hugging Face transformers on a folder that holds only {@code config.json} and safetensors.
 */
public final class BareModel implements AutoCloseable {

    private final CausalLm model;
    private final Set<Integer> eos;
    private final Generator generator;

    private BareModel(CausalLm model, Set<Integer> eos) {
        this.model = model;
        this.eos = eos;
        this.generator = new Generator(model, TokenBytes.empty(model.config().vocabSize()), eos);
    }

    /**
     * @param dir the model folder ({@code config.json} and weights; nothing else is read except an optional
     *            {@code generation_config.json})
     * @param device {@code cpu}, {@code gpu} or {@code gpuN}
     * @return the model; close it to free native memory
     */
    public static BareModel load(Path dir, String device) {
        DjlRuntime.initEngine();
        ModelConfig config = ModelConfig.parse(Checkpoints.readText(dir.resolve("config.json")));
        Device d = DjlRuntime.call(() -> Device.fromName(device));
        Weights weights = Weights.fromHost(config, Weights.readFolder(dir), d);
        return new BareModel(new CausalLm(config, weights), huggingFaceEos(dir, config));
    }

    /**
     * The ids that end generation as Hugging Face {@code generate} picks them: the {@code eos_token_id} (an int or a
     * list) of {@code generation_config.json} when that file sets one, otherwise that of {@code config.json}.
     *
     * @param dir the model folder
     * @param config its configuration
     * @return the EOS ids (possibly empty: then only the budget ends generation)
     */
    static Set<Integer> huggingFaceEos(Path dir, ModelConfig config) {
        Path gen = dir.resolve("generation_config.json");
        if (Files.isRegularFile(gen)) {
            JsonObject o = JsonParser.parseString(Checkpoints.readText(gen)).getAsJsonObject();
            JsonElement e = o.get("eos_token_id");
            if (e != null && !e.isJsonNull()) {
                Set<Integer> out = new LinkedHashSet<>();
                if (e.isJsonArray()) {
                    e.getAsJsonArray().forEach(x -> out.add(x.getAsInt()));
                } else {
                    out.add(e.getAsInt());
                }
                return out;
            }
        }
        return new LinkedHashSet<>(config.eosTokenIds());
    }

    /** @return the architecture */
    public ModelConfig config() {
        return model.config();
    }

    /** @return the ids that end a sequence */
    public Set<Integer> eosIds() {
        return eos;
    }

    /** @return the model */
    public CausalLm model() {
        return model;
    }

    /**
     * Generates from raw ids: no template, no special tokens added, no stop strings, no grammar.
     *
     * @param prompt the prompt ids (each within the vocabulary)
     * @param n the number of sequences
     * @param maxNewTokens the budget per sequence
     * @param sampling temperature (0 = greedy), top-p, top-k and the seed
     * @return the generated ids of each sequence (an EOS that ended it included)
     */
    public List<int[]> generate(long[] prompt, int n, int maxNewTokens, Sampling sampling) {
        for (long id : prompt) {
            if (id < 0 || id >= config().vocabSize()) {
                throw new IllegalArgumentException("token id " + id + " is outside the vocabulary (0.."
                        + (config().vocabSize() - 1) + ")");
            }
        }
        Generator.Request req = new Generator.Request(n, maxNewTokens, sampling.sampler(), List.of(), null,
                sampling.seed());
        List<int[]> out = new ArrayList<>();
        generator.generate(prompt, req).forEach(s -> out.add(s.ids()));
        return out;
    }

    /**
     * How to pick tokens.
     *
     * @param temperature softmax temperature; 0 = greedy (arg max, the lowest id on ties, as {@code torch.argmax})
     * @param topP nucleus mass (1 = off)
     * @param topK top-k cut (0 = off)
     * @param seed the seed of the random streams
     */
    public record Sampling(double temperature, double topP, int topK, long seed) {

        /** @return the sampler */
        Sampler sampler() {
            return new Sampler(temperature, topP, topK);
        }
    }

    @Override
    public void close() {
        model.weights().close();
    }
}
