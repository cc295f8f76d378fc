package io.envtune.policy.djl.internal;

import io.envtune.api.ChatMessage;
import io.envtune.api.Completion;
import io.envtune.api.Conversation;
import io.envtune.api.Role;
import io.envtune.api.SamplingParams;
import io.envtune.api.ToolSpec;
import io.envtune.policy.djl.DjlPolicies;
import io.envtune.policy.djl.LocalPolicy;
import io.envtune.policy.djl.PolicyOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The work of {@code envtune:generate}, without OSGi: a text prompt goes through the chat template and the full
 * policy; raw prompt ids go to a {@link BareModel} (no tokenizer needed) and come back as ids.
 */
public final class Generation {

    private Generation() {
    }

    /**
     * @param req the checked request
     * @param modelDir the model folder ({@code builtin} already resolved to one)
     * @param tools the tools offered in a text prompt (the grammar's tool names and argument keys)
     * @return the output: with {@code --ids} or {@code --prompt-ids} one line of comma-separated ids per sequence,
     *         otherwise each completion's text under a header line
     */
    public static String run(GenerateRequest req, Path modelDir, List<ToolSpec> tools) {
        return run(req, modelDir, tools, false);
    }

    /**
     * As {@link #run(GenerateRequest, Path, List)}, optionally first printing how the model ran.
     *
     * @param req the checked request
     * @param modelDir the model folder
     * @param tools the tools offered in a text prompt
     * @param verbose whether a first line {@code # engine …; decoding: …} says which decoding path ran (the fast
     *                path falls back silently to op-by-op decoding when the engine cannot run it)
     * @return the output
     */
    public static String run(GenerateRequest req, Path modelDir, List<ToolSpec> tools, boolean verbose) {
        if (!Files.isRegularFile(modelDir.resolve("config.json"))) {
            throw new IllegalArgumentException("--model " + modelDir + " is not a model folder (no config.json)");
        }
        return req.rawIds() ? fromIds(req, modelDir, verbose) : fromText(req, modelDir, tools, verbose);
    }

    private static String fromIds(GenerateRequest req, Path dir, boolean verbose) {
        BareModel.Sampling sampling = new BareModel.Sampling(req.effectiveTemperature(), req.topP(), req.topK(),
                req.seed());
        try (BareModel model = BareModel.load(dir, req.device())) {
            List<int[]> out = model.generate(req.promptIdArray(), req.n(), req.maxNewTokens(), sampling);
            String info = verbose ? "# " + DjlRuntime.describe(req.device(),
                    "op by op on the plain weights (the exact-check path)") + "\n" : "";
            return info + out.stream().map(Generation::idLine).collect(Collectors.joining("\n"));
        }
    }

    private static String fromText(GenerateRequest req, Path dir, List<ToolSpec> tools, boolean verbose) {
        for (String file : List.of("tokenizer.json", "tokenizer_config.json")) {
            if (!Files.isRegularFile(dir.resolve(file))) {
                throw new IllegalArgumentException("a text --prompt needs " + file + " in " + dir
                        + "; feed token ids with --prompt-ids 1,5,9 --ids instead");
            }
        }
        PolicyOptions options = new PolicyOptions("generate", req.device(), req.constrained(),
                PolicyOptions.defaults("generate").grpo(), 200);
        Conversation conv = new Conversation(List.of(new ChatMessage(Role.USER, req.prompt())), tools);
        SamplingParams params = new SamplingParams(req.n(), req.effectiveTemperature(), req.topP(), req.topK(),
                req.maxNewTokens(), List.of(), req.seed());
        try (LocalPolicy policy = DjlPolicies.load(dir, options)) {
            List<Completion> out = policy.complete(List.of(conv), params).get(0);
            String info = verbose && policy instanceof DjlPolicy d ? "# " + d.runtimeInfo() + "\n" : "";
            return info + (req.ids() ? out.stream().map(c -> idLine(c.tokenIds())).collect(Collectors.joining("\n"))
                    : texts(out));
        }
    }

    private static String texts(List<Completion> out) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < out.size(); i++) {
            Completion c = out.get(i);
            s.append(String.format("--- %d/%d: %d tokens, %s%n", i + 1, out.size(), c.tokenIds().size(),
                    c.truncated() ? "cut at the budget" : "ended"));
            s.append(c.text()).append(i + 1 < out.size() ? "\n" : "");
        }
        return s.toString();
    }

    static String idLine(int[] ids) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < ids.length; i++) {
            s.append(i == 0 ? "" : ",").append(ids[i]);
        }
        return s.toString();
    }

    private static String idLine(List<Integer> ids) {
        return idLine(ids.stream().mapToInt(Integer::intValue).toArray());
    }
}
