package io.envtune.policy.djl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonObject;
import io.envtune.api.ChatMessage;
import io.envtune.api.Conversation;
import io.envtune.api.PromptVariant;
import io.envtune.api.Role;
import io.envtune.policy.djl.BuiltinModel;
import io.envtune.policy.djl.TestTools;
import io.envtune.runtime.SystemPrompts;
import io.envtune.runtime.ToolDocs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Test;

/**
 * The built-in model's short system message: made from the runtime's real system prompts and tool docs, rendered and
 * tokenised through a real built-in model folder, and absent from folders that do not ask for it.
 */
public class SystemDigestTest {

    private static String system(PromptVariant v) {
        return SystemPrompts.render(v, ToolDocs.render(TestTools.tools()));
    }

    @Test
    public void signaturesReplaceTheToolDocsAndVariantBAddsItsLine() {
        assertEquals("Tools:\nget_weather(city, unit?)\nls(a?)\n", SystemDigest.digest(system(PromptVariant.A)));
        assertEquals("Tools:\nget_weather(city, unit?)\nls(a?)\nAsk for what is missing.\n",
            SystemDigest.digest(system(PromptVariant.B)));
    }

    @Test
    public void linesThatOnlyLookLikeDocsAreIgnored() {
        assertEquals(null, SystemDigest.signature("{\"name\": broken"));
        assertEquals(null, SystemDigest.signature("You are an expert"));
        assertEquals("f()", SystemDigest.signature("{\"name\": \"f\"}"));
        assertEquals("a system message without tool docs stays", "Be brief.", SystemDigest.digest("Be brief."));
    }

    @Test
    public void theBuiltInFolderRendersTheDigestAndIsFarShorter() throws Exception {
        Path dir = BuiltinModel.of(TestTools.tools(), List.of(), 3).write(TinyModels.tempDir("digest"));
        Conversation c = new Conversation(List.of(new ChatMessage(Role.SYSTEM, system(PromptVariant.B)),
            new ChatMessage(Role.USER, "What is the weather in Paris?")), TestTools.tools());
        ModelConfig config = ModelConfig.parse(Files.readString(dir.resolve("config.json")));
        try (ModelTokenizer tok = ModelTokenizer.load(dir, config)) {
            String prompt = tok.prompt(c);
            assertTrue(prompt, prompt.startsWith("<|im_start|>system\nTools:\nget_weather(city, unit?)\n"));
            assertTrue(prompt, prompt.endsWith("What is the weather in Paris?<|im_end|>\n<|im_start|>assistant\n"));
            assertFalse(prompt.contains("expert in composing"));
            assertTrue(tok.head(c), prompt.startsWith(tok.head(c)));
            JsonObject plain = BuiltinFiles.tokenizerConfig();
            plain.remove(SystemDigest.KEY);
            Files.writeString(dir.resolve("tokenizer_config.json"), plain.toString());
            try (ModelTokenizer full = ModelTokenizer.load(dir, config)) {
                int digested = tok.encode(prompt).length;
                int whole = full.encode(full.prompt(c)).length;
                assertTrue(digested + " vs " + whole, digested * 3 < whole);
            }
        }
    }

    @Test
    public void anUnknownValueIsRefused() {
        JsonObject config = new JsonObject();
        config.addProperty(SystemDigest.KEY, "short");
        assertThrows(IllegalArgumentException.class, () -> SystemDigest.wanted(config));
        assertFalse(SystemDigest.wanted(new JsonObject()));
    }
}
