package io.envtune.policy.djl;

import com.google.gson.JsonObject;
import io.envtune.api.ToolSpec;
import io.envtune.policy.djl.internal.BuiltinFiles;
import io.envtune.policy.djl.internal.ModelConfig;
import io.envtune.policy.djl.internal.SafeTensors;
import io.envtune.policy.djl.internal.Weights;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The built-in policy model: a tiny Qwen2-architecture decoder with a tokenizer built from the project's own
 * vocabulary (response tags, JSON punctuation, the given tools' and parameters' names, words of the given texts and
 * common English words; single bytes as fallback, so any text encodes), a ChatML template, and seeded random weights.
 * {@link #write(Path)} produces an ordinary Hugging Face model folder, loaded by the same code as any other model.
 *
 * @param tools the tools whose names and parameter names become single tokens
 * @param texts texts whose frequent words become tokens (prompts, task questions, descriptions)
 * @param maxWords the word budget of the vocabulary
 * @param hiddenSize the model width
 * @param layers decoder layers
 * @param heads attention heads
 * @param kvHeads key/value heads
 * @param intermediateSize the MLP width
 * @param seed the initialisation seed
 */
public record BuiltinModel(List<ToolSpec> tools, List<String> texts, int maxWords, int hiddenSize, int layers,
                           int heads, int kvHeads, int intermediateSize, long seed) {

    /** Common English and prompt words, always in the vocabulary. */
    public static final List<String> COMMON_WORDS = Arrays.asList(("the a an and or not no yes is are was were be "
            + "been to of in on at by for with from as that this these those it its I you he she we they me my your "
            + "our their what which who when where why how all any some each every more most other such only own "
            + "same so than too very can will just should now do does did done have has had if then else there here "
            + "up down out over under again further once about into through during before after above below between "
            + "call calls function functions tool tools name arguments answer think user request task file files "
            + "directory message messages ticket price order stock vehicle flight booking account balance number "
            + "value values result results error missing parameter parameters need needs use using used get set "
            + "list create delete update send check find found make made please thanks sorry cannot unable available "
            + "first next last new current true false null None True False ok done summary format JSON").split(" "));

    /** Copies the lists so the record stays immutable. */
    public BuiltinModel {
        tools = List.copyOf(tools);
        texts = List.copyOf(texts);
    }

    /**
     * The default size, the shipped warm-started model's: width 96, 2 layers, 4 heads over 2 key/value heads (head
     * width 24), MLP 288, up to 1500 words.
     *
     * @param tools the tools
     * @param texts texts for the vocabulary
     * @param seed the initialisation seed
     * @return the specification
     */
    public static BuiltinModel of(List<ToolSpec> tools, List<String> texts, long seed) {
        return new BuiltinModel(tools, texts, 1500, 96, 2, 4, 2, 288, seed);
    }

    /**
     * Writes {@code config.json}, {@code generation_config.json}, {@code tokenizer.json},
     * {@code tokenizer_config.json} and {@code model.safetensors} (each atomically) into a folder.
     *
     * @param dir the folder (created if needed)
     * @return the folder
     */
    public Path write(Path dir) {
        List<String> words = BuiltinFiles.words(tools, texts, COMMON_WORDS, maxWords);
        Map.Entry<JsonObject, Integer> tok = BuiltinFiles.tokenizer(words);
        int vocab = tok.getValue();
        int eos = vocab - BuiltinFiles.TAGS.size() - 1;
        ModelConfig config = new ModelConfig("qwen2", vocab, hiddenSize, intermediateSize, layers, heads, kvHeads,
                hiddenSize / heads, 1e-6, 10000.0, null, true, true, false, 4096, -1, List.of(eos));
        BuiltinFiles.writeAtomically(dir.resolve("tokenizer.json"), BuiltinFiles.pretty(tok.getKey()));
        BuiltinFiles.writeAtomically(dir.resolve("tokenizer_config.json"),
                BuiltinFiles.pretty(BuiltinFiles.tokenizerConfig()));
        JsonObject gen = new JsonObject();
        gen.addProperty("eos_token_id", eos);
        BuiltinFiles.writeAtomically(dir.resolve("generation_config.json"), BuiltinFiles.pretty(gen));
        SafeTensors.write(dir.resolve(Weights.SINGLE), BuiltinFiles.initialWeights(config, seed),
                Map.of("format", "pt"));
        // config.json last: its presence marks a complete folder
        BuiltinFiles.writeAtomically(dir.resolve("config.json"), config.toJson());
        return dir;
    }
}
