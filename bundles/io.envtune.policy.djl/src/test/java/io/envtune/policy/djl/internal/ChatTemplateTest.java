package io.envtune.policy.djl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonObject;
import io.envtune.api.ChatMessage;
import io.envtune.api.Role;
import io.envtune.policy.djl.TestTools;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class ChatTemplateTest {

    /** A Qwen-style template written for this test: tools block in the system turn, ChatML turns. */
    static final String QWEN_STYLE = "{%- if tools %}\n"
            + "    {{- '<|im_start|>system\\n' }}\n"
            + "    {%- if messages[0]['role'] == 'system' %}\n"
            + "        {{- messages[0]['content'] }}\n"
            + "    {%- else %}\n"
            + "        {{- 'You are a helpful assistant.' }}\n"
            + "    {%- endif %}\n"
            + "    {{- \"\\n\\n# Tools\\n\\n<tools>\" }}\n"
            + "    {%- for tool in tools %}\n"
            + "        {{- \"\\n\" }}\n"
            + "        {{- tool | tojson }}\n"
            + "    {%- endfor %}\n"
            + "    {{- \"\\n</tools><|im_end|>\\n\" }}\n"
            + "{%- elif messages[0]['role'] == 'system' %}\n"
            + "    {{- '<|im_start|>system\\n' + messages[0]['content'] + '<|im_end|>\\n' }}\n"
            + "{%- endif %}\n"
            + "{%- for message in messages %}\n"
            + "    {%- if message.role == 'user' or (message.role == 'system' and not loop.first) %}\n"
            + "        {{- '<|im_start|>' + message.role + '\\n' + message.content.strip() + '<|im_end|>\\n' }}\n"
            + "    {%- elif message.role == 'assistant' %}\n"
            + "        {{- '<|im_start|>assistant\\n' + message.content + '<|im_end|>\\n' }}\n"
            + "    {%- elif message.role == 'tool' %}\n"
            + "        {%- if loop.index0 == 0 or messages[loop.index0 - 1].role != 'tool' %}\n"
            + "            {{- '<|im_start|>user' }}\n"
            + "        {%- endif %}\n"
            + "        {{- '\\n<tool_response>\\n' + message.content + '\\n</tool_response>' }}\n"
            + "        {%- if loop.last or messages[loop.index0 + 1].role != 'tool' %}\n"
            + "            {{- '<|im_end|>\\n' }}\n"
            + "        {%- endif %}\n"
            + "    {%- endif %}\n"
            + "{%- endfor %}\n"
            + "{%- if add_generation_prompt %}\n"
            + "    {{- '<|im_start|>assistant\\n' }}\n"
            + "{%- endif %}\n";

    private static ChatTemplate qwenStyle() {
        JsonObject cfg = new JsonObject();
        cfg.addProperty("chat_template", QWEN_STYLE);
        cfg.addProperty("eos_token", "<|im_end|>");
        return ChatTemplate.fromConfig(cfg);
    }

    /**
     * Message text is data, never template: sampled text that looks like template or expression syntax (it crashed a
     * training run: {@code #{}</think>…}) must come out verbatim.
     */
    @Test
    public void messageTextThatLooksLikeTemplateSyntaxRendersVerbatim() {
        ChatTemplate t = qwenStyle();
        List<String> hostile = List.of("#{}</think>\n<tool_call>\t[  {\"name\":\n\"cancel_booking\" \n,\t\t"
                + "\"arguments\": {\n \"booking_id\":\n\t[{\"draft is{\"  :{",
                "${x} #{y} {{ 1 + 1 }} {% if true %}x{% endif %} {# c #}", "}}{{", "%}{%", "#{", "${");
        for (String text : hostile) {
            for (Role role : List.of(Role.USER, Role.ASSISTANT, Role.TOOL, Role.SYSTEM)) {
                String out = t.render(List.of(new ChatMessage(Role.USER, "q"), new ChatMessage(role, text)),
                        List.of(), true);
                String expected = role == Role.USER ? text.strip() : text;
                assertTrue(role + " " + text + " -> " + out, out.contains(expected));
            }
        }
    }

    @Test
    public void qwenStyleTemplateRendersToolsTurnsAndGenerationPrompt() {
        ChatTemplate t = qwenStyle();
        String out = t.render(List.of(new ChatMessage(Role.SYSTEM, "Be brief."),
                new ChatMessage(Role.USER, "  Weather in \"Paris\"?  "),
                new ChatMessage(Role.ASSISTANT, "<think>x</think><tool_call>[]</tool_call>"),
                new ChatMessage(Role.TOOL, "{\"temp\": 21}"), new ChatMessage(Role.TOOL, "ok")),
                TestTools.tools(), true);
        String expected = "<|im_start|>system\nBe brief.\n\n# Tools\n\n<tools>\n"
                + "{\"type\": \"function\", \"function\": {\"name\": \"get_weather\", \"description\": \"Get the weather "
                + "for a city\", \"parameters\": {\"type\": \"object\", \"properties\": {\"city\": {\"type\": \"string\", "
                + "\"description\": \"the city\"}, \"unit\": {\"type\": \"string\", \"description\": \"celsius or "
                + "fahrenheit\"}}, \"required\": [\"city\"]}}}\n"
                + "{\"type\": \"function\", \"function\": {\"name\": \"ls\", \"description\": \"List the files of the "
                + "current directory\", \"parameters\": {\"type\": \"object\", \"properties\": {\"a\": {\"type\": "
                + "\"boolean\", \"description\": \"show hidden files\"}}, \"required\": []}}}\n"
                + "</tools><|im_end|>\n"
                + "<|im_start|>user\nWeather in \"Paris\"?<|im_end|>\n"
                + "<|im_start|>assistant\n<think>x</think><tool_call>[]</tool_call><|im_end|>\n"
                + "<|im_start|>user\n<tool_response>\n{\"temp\": 21}\n</tool_response>\n<tool_response>\nok\n"
                + "</tool_response><|im_end|>\n"
                + "<|im_start|>assistant\n";
        assertEquals(expected, out);
    }

    @Test
    public void pythonStringMethodsSlicesAndSpecialTokensWork() {
        ChatTemplate t = new ChatTemplate("{{ bos_token }}{% for m in messages[::-1] %}{{ m.content.split('|')[0]"
                + ".upper() }}{% if m.content.startswith('a') %}!{% endif %}{% endfor %}"
                + "{% set ns = namespace(n=0) %}{% for m in messages %}{% set ns.n = ns.n + 1 %}{% endfor %}{{ ns.n }}"
                + "{{ '  x '.lstrip() }}|{{ 'y'.rstrip() }}", Map.of("bos_token", "<s>"));
        String out = t.render(List.of(new ChatMessage(Role.USER, "a|b"), new ChatMessage(Role.USER, "c|d")),
                List.of(), false);
        assertEquals("<s>CA!2x |y", out);
    }

    @Test
    public void raiseExceptionFailsClearly() {
        ChatTemplate t = new ChatTemplate("{% if messages[0].role != 'system' %}{{ raise_exception('system first') }}"
                + "{% endif %}", Map.of());
        try {
            t.render(List.of(new ChatMessage(Role.USER, "x")), List.of(), true);
            throw new AssertionError("expected a failure");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("system first"));
        }
    }

    @Test
    public void tojsonIsPythonJsonDumps() {
        assertEquals("{\"a\": [1, 2.5, true, null], \"b\": \"\\\"é\\n\"}", PyJsonFilter.dumps(
                new java.util.LinkedHashMap<>(Map.of("a", java.util.Arrays.asList(1, 2.5, true, null)))) .replace("}", "")
                + ", \"b\": " + PyJsonFilter.dumps("\"é\n") + "}");
    }
}
