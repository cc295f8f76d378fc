package io.envtune.policy.djl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.envtune.api.ChatMessage;
import io.envtune.api.Conversation;
import io.envtune.api.Role;
import io.envtune.api.ToolSpec;
import io.envtune.policy.djl.BuiltinModel;
import io.envtune.policy.djl.TestTools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Tools reach the chat template only when the system prompt does not list them already. The template here is written
 * for this test and reacts to {@code tools} the way Qwen2.5's does: it adds its own block of function schemas to the
 * system turn with its own call format (one JSON object per tag), which would contradict the paper's system prompt
 * (one JSON list in one tag). Rendered and tokenised with the built-in model's real {@code tokenizer.json}.
 */
public class ToolListTemplateTest {

    /** Adds a tool block and a one-object-per-tag call format to the system turn whenever it is given tools. */
    static final String TOOL_REACTING_TEMPLATE = "{%- if tools %}"
            + "{{- '<|im_start|>system\\n' }}"
            + "{%- if messages[0].role == 'system' %}{{- messages[0].content }}"
            + "{%- else %}{{- 'You are an assistant.' }}{%- endif %}"
            + "{{- '\\n\\n## Functions\\n<functions>\\n' }}"
            + "{%- for tool in tools %}{{- tool | tojson }}{{- '\\n' }}{%- endfor %}"
            + "{{- '</functions>\\nPut each call, one JSON object with name and arguments, in a <tool_call> tag of its "
            + "own.<|im_end|>\\n' }}"
            + "{%- elif messages[0].role == 'system' %}"
            + "{{- '<|im_start|>system\\n' + messages[0].content + '<|im_end|>\\n' }}"
            + "{%- endif %}"
            + "{%- for message in messages %}{%- if message.role != 'system' %}"
            + "{{- '<|im_start|>' + message.role + '\\n' + message.content + '<|im_end|>\\n' }}"
            + "{%- endif %}{%- endfor %}"
            + "{%- if add_generation_prompt %}{{- '<|im_start|>assistant\\n' }}{%- endif %}";

    private static Path dir;
    private static ModelTokenizer tokenizer;

    @BeforeClass
    public static void load() throws Exception {
        dir = BuiltinModel.of(TestTools.tools(), List.of(), 3).write(TinyModels.tempDir("tool-template"));
        JsonObject config = BuiltinFiles.tokenizerConfig();
        config.addProperty("chat_template", TOOL_REACTING_TEMPLATE);
        // a real model's folder: the paper's system prompt as it is, no digest
        config.remove(SystemDigest.KEY);
        Files.writeString(dir.resolve("tokenizer_config.json"), config.toString());
        tokenizer = ModelTokenizer.load(dir, ModelConfig.parse(Files.readString(dir.resolve("config.json"))));
    }

    @AfterClass
    public static void close() {
        tokenizer.close();
        TinyModels.delete(dir);
    }

    /** The paper's layout: the system prompt lists each tool as a JSON doc (the runtime's tool docs, compact). */
    static String systemPromptListing(List<ToolSpec> tools) {
        StringBuilder docs = new StringBuilder("You are an expert in composing functions. You have access to the "
                + "following tools:\n");
        for (ToolSpec t : tools) {
            JsonObject doc = new JsonObject();
            doc.addProperty("name", t.name());
            doc.addProperty("description", t.description());
            doc.add("parameters", new JsonArray());
            docs.append(doc).append('\n');
        }
        return docs.append("Put every call of a step in one JSON list inside one <tool_call>.").toString();
    }

    private static Conversation conversation(String system, List<ToolSpec> tools) {
        return new Conversation(List.of(new ChatMessage(Role.SYSTEM, system),
                new ChatMessage(Role.USER, "What is the weather in Paris?")), tools);
    }

    @Test
    public void aSystemPromptThatListsTheToolsKeepsThemFromTheTemplate() {
        String system = systemPromptListing(TestTools.tools());
        Conversation c = conversation(system, TestTools.tools());
        String prompt = tokenizer.prompt(c);
        assertEquals("<|im_start|>system\n" + system + "<|im_end|>\n<|im_start|>user\nWhat is the weather in Paris?"
                + "<|im_end|>\n<|im_start|>assistant\n", prompt);
        assertFalse(prompt, prompt.contains("<functions>") || prompt.contains("a <tool_call> tag of its own"));
        // The cached system part is rendered the same way, so it stays a prefix of every prompt.
        assertTrue(prompt.startsWith(tokenizer.head(c)));
        long[] ids = tokenizer.encode(prompt);
        assertTrue(tokenizer.headLength(c, ids, 1) > 0);
    }

    @Test
    public void withoutAToolListInTheSystemPromptTheTemplateGetsTheTools() {
        for (Conversation c : List.of(conversation("Be brief.", TestTools.tools()),
                new Conversation(List.of(new ChatMessage(Role.USER, "Hi")), TestTools.tools()))) {
            String prompt = tokenizer.prompt(c);
            assertTrue(prompt, prompt.contains("<functions>\n{\"type\": \"function\", \"function\": {\"name\": "
                    + "\"get_weather\""));
            assertTrue(prompt, prompt.contains("a <tool_call> tag of its own"));
            assertTrue(prompt.startsWith(tokenizer.head(c) == null ? "" : tokenizer.head(c)));
        }
    }

    @Test
    public void aSystemPromptListingOnlySomeOfTheToolsStillHandsThemAll() {
        List<ToolSpec> all = TestTools.tools();
        Conversation c = conversation(systemPromptListing(all.subList(0, 1)), all);
        assertEquals(all, ModelTokenizer.templateTools(c));
        assertTrue(tokenizer.prompt(c).contains("{\"name\": \"ls\""));
        assertEquals(List.of(), ModelTokenizer.templateTools(conversation(systemPromptListing(all), all)));
    }
}
