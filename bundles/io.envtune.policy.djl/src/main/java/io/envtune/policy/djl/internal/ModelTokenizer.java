package io.envtune.policy.djl.internal;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.envtune.api.Conversation;
import io.envtune.api.Role;
import io.envtune.api.ToolSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Text to ids and back for one model folder: {@code tokenizer.json} through DJL's Hugging Face tokenizers (no
 * truncation, no padding, no automatic special tokens: the chat template writes those), the chat template of
 * {@code tokenizer_config.json}, the byte table for grammar masks, and the EOS ids.
 *
 * <p>Tools reach the chat template only when the conversation's system message does not list them already. The
 * paper's system prompt lists every tool and asks for one JSON list in one {@code <tool_call>}; a template such as
 * Qwen2.5's, given {@code tools} too, would add a second tool list with its own, contradicting call format (one object
 * per {@code <tool_call>}). A system message lists the tools when it names each of them as a JSON string
 * ({@code "name": "cd"} or {@code "name":"cd"}), the way the runtime's tool docs do.
 */
public final class ModelTokenizer implements AutoCloseable {

    private static final Gson GSON = new Gson();

    private final HuggingFaceTokenizer tokenizer;
    private final TokenBytes bytes;
    private final ChatTemplate template;
    private final Set<Integer> eosIds;
    /** Whether the folder asks for the short system message ({@link SystemDigest}). */
    private final boolean digest;
    /** The ids of recent system parts: every round of every episode of a domain renders the same one. */
    private final Map<String, long[]> headIds = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, long[]> eldest) {
            return size() > 64;
        }
    };

    private ModelTokenizer(HuggingFaceTokenizer tokenizer, TokenBytes bytes, ChatTemplate template,
                           Set<Integer> eosIds, boolean digest) {
        this.tokenizer = tokenizer;
        this.digest = digest;
        this.bytes = bytes;
        this.template = template;
        this.eosIds = eosIds;
    }

    /**
     * @param dir the model folder ({@code tokenizer.json}, {@code tokenizer_config.json}, optionally
     *            {@code generation_config.json})
     * @param config the model configuration (vocabulary size, EOS ids)
     * @return the tokenizer
     */
    public static ModelTokenizer load(Path dir, ModelConfig config) {
        JsonObject tokJson = readJson(dir.resolve("tokenizer.json"));
        JsonObject tokConfig = readJson(dir.resolve("tokenizer_config.json"));
        Map<String, String> options = new LinkedHashMap<>();
        options.put("addSpecialTokens", "false");
        options.put("truncation", "false");
        options.put("padding", "false");
        HuggingFaceTokenizer hf = DjlRuntime.call(() -> HuggingFaceTokenizer.newInstance(
                dir.resolve("tokenizer.json"), options));
        Set<Integer> eos = new LinkedHashSet<>(config.eosTokenIds());
        String eosText = ChatTemplate.tokenText(tokConfig.get("eos_token"));
        if (eosText != null && tokJson.has("added_tokens")) {
            for (JsonElement e : tokJson.getAsJsonArray("added_tokens")) {
                if (eosText.equals(e.getAsJsonObject().get("content").getAsString())) {
                    eos.add(e.getAsJsonObject().get("id").getAsInt());
                }
            }
        }
        Path gen = dir.resolve("generation_config.json");
        if (Files.isRegularFile(gen)) {
            JsonElement e = readJson(gen).get("eos_token_id");
            if (e != null && e.isJsonArray()) {
                e.getAsJsonArray().forEach(x -> eos.add(x.getAsInt()));
            } else if (e != null && !e.isJsonNull()) {
                eos.add(e.getAsInt());
            }
        }
        try {
            ChatTemplate template = DjlRuntime.call(() -> ChatTemplate.fromConfig(tokConfig));
            return new ModelTokenizer(hf, TokenBytes.of(tokJson, config.vocabSize()), template, eos,
                SystemDigest.wanted(tokConfig));
        } catch (RuntimeException e) {
            DjlRuntime.run(hf::close);
            throw e;
        }
    }

    private static JsonObject readJson(Path file) {
        try {
            return GSON.fromJson(Files.readString(file), JsonObject.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * @param text text (special-token strings in it become their ids)
     * @return the ids
     */
    public long[] encode(String text) {
        return DjlRuntime.call(() -> tokenizer.encode(text).getIds());
    }

    /**
     * @param ids token ids
     * @return the text, special tokens left out
     */
    public String decode(long[] ids) {
        return DjlRuntime.call(() -> tokenizer.decode(ids, true));
    }

    /**
     * Renders a conversation with the chat template and opens the assistant's turn.
     *
     * @param conversation the conversation
     * @return the prompt text
     */
    public String prompt(Conversation conversation) {
        // Jinjava's Jackson may look up modules through the context class loader: give it this bundle's
        List<ToolSpec> tools = templateTools(conversation);
        Conversation c = digest ? SystemDigest.apply(conversation) : conversation;
        return DjlRuntime.call(() -> template.render(c.messages(), tools, true));
    }

    /**
     * @param conversation a conversation
     * @return the tools to hand to the chat template: none when the system message lists them already
     */
    static List<ToolSpec> templateTools(Conversation conversation) {
        List<ToolSpec> tools = conversation.tools();
        if (tools.isEmpty() || conversation.messages().isEmpty()
                || conversation.messages().get(0).role() != Role.SYSTEM) {
            return tools;
        }
        String system = conversation.messages().get(0).content();
        for (ToolSpec t : tools) {
            String quoted = GSON.toJson(t.name());
            if (!system.contains("\"name\": " + quoted) && !system.contains("\"name\":" + quoted)) {
                return tools;
            }
        }
        return List.of();
    }

    /**
     * Renders only the conversation's leading system message (with the tools, for templates that put them there),
     * without opening the assistant's turn: the part of every prompt of a task that never changes.
     *
     * @param conversation the conversation
     * @return the text, or null when the conversation does not start with a system message
     */
    public String head(Conversation conversation) {
        if (conversation.messages().isEmpty() || conversation.messages().get(0).role() != Role.SYSTEM) {
            return null;
        }
        List<ToolSpec> tools = templateTools(conversation);
        Conversation c = digest ? SystemDigest.apply(conversation) : conversation;
        return DjlRuntime.call(() -> template.render(c.messages().subList(0, 1), tools, false));
    }

    /**
     * The length of the prompt's part that its system message alone renders to (the longest common prefix of the two
     * token sequences, so a tokenizer that merges across the boundary costs only the merged tokens), at most all but
     * the last token; 0 when shorter than {@code min}.
     *
     * @param c the conversation
     * @param ids its prompt's ids
     * @param min the shortest length worth reporting
     * @return the length
     */
    int headLength(Conversation c, long[] ids, int min) {
        String head = head(c);
        if (head == null) {
            return 0;
        }
        long[] headIds;
        synchronized (this.headIds) {
            headIds = this.headIds.computeIfAbsent(head, this::encode);
        }
        int limit = Math.min(headIds.length, ids.length - 1);
        int n = 0;
        while (n < limit && headIds[n] == ids[n]) {
            n++;
        }
        return n >= min ? n : 0;
    }

    /** @return the byte table */
    public TokenBytes bytes() {
        return bytes;
    }

    /** @return the EOS ids */
    public Set<Integer> eosIds() {
        return eosIds;
    }

    @Override
    public void close() {
        DjlRuntime.run(tokenizer::close);
    }
}
