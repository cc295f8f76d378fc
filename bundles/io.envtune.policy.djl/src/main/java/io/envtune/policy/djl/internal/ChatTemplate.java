package io.envtune.policy.djl.internal;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.LegacyOverrides;
import com.hubspot.jinjava.interpret.RenderResult;
import com.hubspot.jinjava.interpret.TemplateError;
import com.hubspot.jinjava.lib.fn.ELFunctionDefinition;
import io.envtune.api.ChatMessage;
import io.envtune.api.ToolParameter;
import io.envtune.api.ToolSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A model's chat template ({@code chat_template} of {@code tokenizer_config.json}) rendered by Jinjava, set up the
 * way Hugging Face sets up Jinja for chat templates: {@code trim_blocks} and {@code lstrip_blocks}, a
 * {@code raise_exception} function, a Python-style {@code tojson} filter, and the special tokens as variables.
 */
public final class ChatTemplate {

    private static final Gson GSON = new Gson();

    private final String template;
    private final Map<String, Object> tokens;
    private final Jinjava jinjava;

    /**
     * @param template the Jinja source
     * @param tokens special-token variables ({@code bos_token}, {@code eos_token}, …)
     */
    public ChatTemplate(String template, Map<String, String> tokens) {
        this.template = compatible(template);
        this.tokens = new LinkedHashMap<>(tokens);
        this.jinjava = new Jinjava(JinjavaConfig.newBuilder().withTrimBlocks(true).withLstripBlocks(true)
                .withLocale(Locale.ROOT).withElResolver(new PyStringResolver())
                // Message text is data: Jinjava otherwise re-renders output that looks like a template ("{{ 1 + 1 }}"
                // in a model's reply became "2"; "#{" in one aborted a training run), as Python Jinja never does.
                .withNestedInterpretationEnabled(false)
                // Python Jinja's behaviour: {{- -}} trimming, natural precedence, dict keys evaluated, …
                .withLegacyOverrides(LegacyOverrides.newBuilder().withUseTrimmingForNotesAndExpressions(true)
                        .withParseWhitespaceControlStrictly(true).withUseNaturalOperatorPrecedence(true)
                        .withEvaluateMapKeys(true).withKeepNullableLoopValues(true).build()).build());
        jinjava.getGlobalContext().registerFunction(new ELFunctionDefinition("", "raise_exception",
                ChatTemplate.class, "raiseException", String.class));
        jinjava.getGlobalContext().registerFunction(new ELFunctionDefinition("", "strftime_now",
                ChatTemplate.class, "strftimeNow", String.class));
        jinjava.getGlobalContext().registerFilter(new PyJsonFilter());
    }

    /**
     * Rewrites the one Python form Jinjava cannot parse that chat templates use: reversing by {@code x[::-1]}
     * becomes {@code (x|reverse)}.
     *
     * @param template the Jinja source
     * @return the source Jinjava parses
     */
    static String compatible(String template) {
        return template.replaceAll("([A-Za-z_][A-Za-z0-9_.]*)\\[::-1\\]", "($1|reverse)");
    }

    /**
     * Reads the template and special tokens from {@code tokenizer_config.json}. A list of named templates picks
     * {@code default}.
     *
     * @param tokenizerConfig the parsed file
     * @return the template
     */
    public static ChatTemplate fromConfig(JsonObject tokenizerConfig) {
        JsonElement t = tokenizerConfig.get("chat_template");
        if (t == null || t.isJsonNull()) {
            throw new IllegalArgumentException("tokenizer_config.json has no chat_template");
        }
        String source = null;
        if (t.isJsonArray()) {
            for (JsonElement e : t.getAsJsonArray()) {
                JsonObject o = e.getAsJsonObject();
                if (source == null || "default".equals(o.get("name").getAsString())) {
                    source = o.get("template").getAsString();
                }
            }
        } else {
            source = t.getAsString();
        }
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String key : List.of("bos_token", "eos_token", "pad_token", "unk_token")) {
            String value = tokenText(tokenizerConfig.get(key));
            if (value != null) {
                tokens.put(key, value);
            }
        }
        return new ChatTemplate(source, tokens);
    }

    /**
     * @param e a token entry: a string, or an object with {@code content}
     * @return its text, or null
     */
    public static String tokenText(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return null;
        }
        return e.isJsonObject() ? e.getAsJsonObject().get("content").getAsString() : e.getAsString();
    }

    /**
     * Called by templates as {@code raise_exception(msg)}.
     *
     * @param message the template's message
     * @return never
     */
    public static String raiseException(String message) {
        throw new IllegalArgumentException("chat template: " + message);
    }

    /**
     * Called by templates as {@code strftime_now(format)} (Llama 3 puts today's date in its system prompt).
     *
     * @param format a C strftime format
     * @return the formatted current date
     */
    public static String strftimeNow(String format) {
        return com.hubspot.jinjava.objects.date.StrftimeFormatter.format(java.time.ZonedDateTime.now(), format,
                Locale.ROOT);
    }

    /**
     * Renders a conversation.
     *
     * @param messages the messages
     * @param tools the tools offered (rendered as OpenAI-style function schemas), may be empty
     * @param addGenerationPrompt whether to open the assistant's turn
     * @return the prompt text
     */
    public String render(List<ChatMessage> messages, List<ToolSpec> tools, boolean addGenerationPrompt) {
        Map<String, Object> context = new LinkedHashMap<>(tokens);
        List<Map<String, Object>> msgs = new ArrayList<>();
        for (ChatMessage m : messages) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("role", m.role().name().toLowerCase(Locale.ROOT));
            o.put("content", m.content());
            msgs.add(o);
        }
        context.put("messages", msgs);
        context.put("tools", tools.isEmpty() ? null : toolSchemas(tools));
        context.put("add_generation_prompt", addGenerationPrompt);
        RenderResult result;
        try {
            result = jinjava.renderForResult(template, context);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("chat template failed: " + rootMessage(e), e);
        }
        for (TemplateError error : result.getErrors()) {
            if (error.getSeverity() == TemplateError.ErrorType.FATAL) {
                throw new IllegalArgumentException("chat template failed: " + error.getMessage()
                        + (error.getException() == null ? "" : " (" + rootMessage(error.getException()) + ")"));
            }
        }
        return result.getOutput();
    }

    /** The innermost message: a template's own {@code raise_exception} text sits at the bottom of the chain. */
    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    /**
     * The tools as OpenAI function schemas, the shape Hugging Face templates expect.
     *
     * @param tools the tools
     * @return plain maps and lists
     */
    public static List<Map<String, Object>> toolSchemas(List<ToolSpec> tools) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ToolSpec t : tools) {
            Map<String, Object> props = new LinkedHashMap<>();
            List<String> required = new ArrayList<>();
            for (ToolParameter p : t.parameters()) {
                Map<String, Object> prop = new LinkedHashMap<>();
                String type = jsonType(p.type());
                if (type != null) {
                    prop.put("type", type);
                }
                prop.put("description", p.description());
                props.put(p.name(), prop);
                if (p.required()) {
                    required.add(p.name());
                }
            }
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("type", "object");
            params.put("properties", props);
            params.put("required", required);
            Map<String, Object> fn = new LinkedHashMap<>();
            fn.put("name", t.name());
            fn.put("description", t.description());
            fn.put("parameters", params);
            Map<String, Object> tool = new LinkedHashMap<>();
            tool.put("type", "function");
            tool.put("function", fn);
            out.add(tool);
        }
        return out;
    }

    private static String jsonType(String type) {
        switch (type) {
            case "float":
                return "number";
            case "dict":
                return "object";
            case "any":
                return null;
            default:
                return type;
        }
    }

    /** @return the template source */
    public String source() {
        return template;
    }

    @Override
    public String toString() {
        return "ChatTemplate" + GSON.toJson(tokens);
    }
}
