package io.envtune.policy.djl.internal;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.envtune.api.ToolParameter;
import io.envtune.api.ToolSpec;
import io.envtune.runtime.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the built-in model's files: a byte-level BPE {@code tokenizer.json} over the project's own vocabulary,
 * a ChatML {@code tokenizer_config.json}, {@code config.json}, {@code generation_config.json} and a seeded
 * {@code model.safetensors}.
 */
public final class BuiltinFiles {

    /** Control tokens of the chat format; the second one ends a turn (EOS). */
    public static final List<String> SPECIAL = List.of("<|endoftext|>", "<|im_start|>", "<|im_end|>");
    /** The response tags, one token each. */
    public static final List<String> TAGS = List.of("<think>", "</think>", "<tool_call>", "</tool_call>", "<answer>",
            "</answer>", "<tool_response>", "</tool_response>");
    /** JSON punctuation runs as the pre-tokenizer cuts them. */
    static final List<String> PUNCT = List.of("{\"", "\":", " \"", "\",", " {\"", "\"}}", "\"}", "}]", "[{\"", "\"}]",
            "}},", "}}", "},", " {", "[]", "{}", " [", "],", "\"]", "[\"", "\",\"", "\"]}", "]}", " [\"", ",", ".",
            ":", "\n", "\n\n", "  ", ")", "(", "\",\n", "'", "?", "!", "-", "_", "/", "\"},", " {\"name");
    /** Pre-tokens: words with an optional leading space, punctuation runs, whitespace runs. */
    public static final String SPLIT = " ?[A-Za-z0-9_]+| ?[^A-Za-z0-9_\\s]+|\\s+(?!\\S)|\\s+";
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_]+");
    private static final Pattern NUMBER = Pattern.compile("[0-9]+");
    private static final String TEMPLATE = "{%- for message in messages %}"
            + "{{- '<|im_start|>' + message.role + '\\n' + message.content + '<|im_end|>\\n' }}"
            + "{%- endfor %}"
            + "{%- if add_generation_prompt %}{{- '<|im_start|>assistant\\n' }}{%- endif %}";

    private BuiltinFiles() {
    }

    /**
     * Picks the vocabulary words: tool and parameter names first, then the most frequent words of the texts.
     *
     * @param tools the tools
     * @param texts prompts, descriptions, task texts
     * @param common always-included common words
     * @param maxWords the word budget
     * @return the words
     */
    public static List<String> words(List<ToolSpec> tools, List<String> texts, List<String> common, int maxWords) {
        Map<String, Integer> freq = new LinkedHashMap<>();
        for (ToolSpec t : tools) {
            freq.merge(t.name(), 1_000_000, Integer::sum);
            for (ToolParameter p : t.parameters()) {
                freq.merge(p.name(), 1_000_000, Integer::sum);
            }
            count(freq, t.description());
            t.parameters().forEach(p -> count(freq, p.description()));
        }
        common.forEach(w -> freq.merge(w, 1000, Integer::sum));
        texts.forEach(s -> count(freq, s));
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(freq.entrySet());
        sorted.sort((a, b) -> b.getValue() - a.getValue());
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : sorted) {
            if (out.size() >= maxWords) {
                break;
            }
            out.add(e.getKey());
        }
        return out;
    }

    private static void count(Map<String, Integer> freq, String text) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            // Numbers stay digit by digit: a value seen in training must not become one token that a new value
            // (an id, a price) never gets, or copying numbers would not carry over to unseen tasks.
            if (!NUMBER.matcher(m.group()).matches()) {
                freq.merge(m.group(), 1, Integer::sum);
            }
        }
    }

    /**
     * Builds {@code tokenizer.json}.
     *
     * @param words the vocabulary words (each also with a leading space)
     * @return the JSON and the vocabulary size (model vocabulary plus added tokens)
     */
    public static Map.Entry<JsonObject, Integer> tokenizer(List<String> words) {
        BpeBuilder bpe = new BpeBuilder();
        PUNCT.forEach(bpe::add);
        for (String w : words) {
            bpe.add(w);
            bpe.add(" " + w);
        }
        JsonObject model = new JsonObject();
        model.addProperty("type", "BPE");
        model.add("dropout", null);
        model.add("unk_token", null);
        model.add("continuing_subword_prefix", null);
        model.add("end_of_word_suffix", null);
        model.addProperty("fuse_unk", false);
        model.addProperty("byte_fallback", false);
        model.addProperty("ignore_merges", false);
        JsonObject vocab = new JsonObject();
        bpe.vocab().forEach(vocab::addProperty);
        model.add("vocab", vocab);
        JsonArray merges = new JsonArray();
        bpe.merges().forEach(merges::add);
        model.add("merges", merges);
        JsonArray added = new JsonArray();
        int id = bpe.vocab().size();
        for (String s : SPECIAL) {
            added.add(addedToken(id++, s, true));
        }
        for (String s : TAGS) {
            added.add(addedToken(id++, s, false));
        }
        JsonObject tok = new JsonObject();
        tok.addProperty("version", "1.0");
        tok.add("truncation", null);
        tok.add("padding", null);
        tok.add("added_tokens", added);
        tok.add("normalizer", null);
        JsonObject split = new JsonObject();
        split.addProperty("type", "Split");
        JsonObject pattern = new JsonObject();
        pattern.addProperty("Regex", SPLIT);
        split.add("pattern", pattern);
        split.addProperty("behavior", "Isolated");
        split.addProperty("invert", false);
        JsonArray pre = new JsonArray();
        pre.add(split);
        pre.add(byteLevel());
        JsonObject seq = new JsonObject();
        seq.addProperty("type", "Sequence");
        seq.add("pretokenizers", pre);
        tok.add("pre_tokenizer", seq);
        tok.add("post_processor", null);
        tok.add("decoder", byteLevel());
        tok.add("model", model);
        return Map.entry(tok, id);
    }

    private static JsonObject byteLevel() {
        JsonObject o = new JsonObject();
        o.addProperty("type", "ByteLevel");
        o.addProperty("add_prefix_space", false);
        o.addProperty("trim_offsets", false);
        o.addProperty("use_regex", false);
        return o;
    }

    private static JsonObject addedToken(int id, String content, boolean special) {
        JsonObject o = new JsonObject();
        o.addProperty("id", id);
        o.addProperty("content", content);
        o.addProperty("single_word", false);
        o.addProperty("lstrip", false);
        o.addProperty("rstrip", false);
        o.addProperty("normalized", false);
        o.addProperty("special", special);
        return o;
    }

    /**
     * Builds {@code tokenizer_config.json} with the ChatML template.
     *
     * @return the JSON
     */
    public static JsonObject tokenizerConfig() {
        JsonObject o = new JsonObject();
        o.addProperty("add_bos_token", false);
        o.addProperty("add_eos_token", false);
        o.add("bos_token", null);
        o.addProperty("eos_token", SPECIAL.get(2));
        o.addProperty("pad_token", SPECIAL.get(0));
        o.addProperty("model_max_length", 8192);
        o.addProperty("clean_up_tokenization_spaces", false);
        o.addProperty("tokenizer_class", "PreTrainedTokenizerFast");
        o.addProperty("chat_template", TEMPLATE);
        // too small to read tool documentation: the system message becomes tool signatures (SystemDigest)
        o.addProperty(SystemDigest.KEY, SystemDigest.SIGNATURES);
        return o;
    }

    /**
     * Seeded initial weights: normal(0, 0.02) matrices (output projections scaled by 1/sqrt(2·layers)), unit norms,
     * zero biases.
     *
     * @param config the architecture
     * @param seed the seed
     * @return name to tensor
     */
    public static Map<String, HostTensor> initialWeights(ModelConfig config, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Map<String, HostTensor> out = new LinkedHashMap<>();
        double outScale = 1.0 / Math.sqrt(2.0 * config.layers());
        for (Map.Entry<String, long[]> e : WeightLayout.expected(config).entrySet()) {
            String name = e.getKey();
            float[] values = new float[Math.toIntExact(HostTensor.elementCount(e.getValue()))];
            if (WeightLayout.isNorm(name)) {
                java.util.Arrays.fill(values, 1f);
            } else if (!name.endsWith(".bias")) {
                double std = 0.02 * (name.contains("o_proj") || name.contains("down_proj") ? outScale : 1.0);
                for (int i = 0; i < values.length; i++) {
                    values[i] = (float) (rng.nextGaussian() * std);
                }
            }
            out.put(name, HostTensor.ofFloats(e.getValue(), values));
        }
        return out;
    }

    /**
     * Writes a text file atomically (temporary file, then rename).
     *
     * @param file the target
     * @param text the content
     */
    public static void writeAtomically(Path file, String text) {
        try {
            AtomicFiles.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * @param json a JSON tree
     * @return pretty-printed text
     */
    public static String pretty(JsonObject json) {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(json);
    }
}
