package io.envtune.policy.djl.internal;

import io.envtune.api.ToolSpec;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code envtune:generate}: samples from a local model. A Gogo command inside the DJL bundle, so no DJL type (and no
 * policy-specific type) has to cross a bundle boundary; the work is in {@link Generation}.
 */
@Component(service = GenerateCommand.class, property = {
    "osgi.command.scope=envtune", "osgi.command.function=generate"})
public final class GenerateCommand {

    private final DjlPolicyProvider provider;

    /** @param provider the DJL policy provider: the built-in model and the registered environments' tools */
    @Activate
    public GenerateCommand(@Reference DjlPolicyProvider provider) {
        this.provider = provider;
    }

    /**
     * Generates from a prompt; see the parameter descriptions.
     *
     * @param model a model folder or {@code builtin}
     * @param prompt a user message
     * @param promptIds raw prompt ids
     * @param n sequences
     * @param constrained grammar-constrained decoding
     * @param temperature softmax temperature
     * @param topP nucleus mass
     * @param topK top-k cut
     * @param maxNewTokens the budget
     * @param seed the seed
     * @param greedy arg max decoding
     * @param device cpu or gpu
     * @param ids print ids
     * @param envs environments whose tools the prompt offers
     * @param verbose whether a first line says which engine, device and decoding path ran
     * @return the completions
     */
    @Descriptor("sample completions of a prompt from a local model (DIR or builtin); --prompt-ids ... --ids for "
        + "exact checks")
    public String generate(
        @Descriptor("Hugging Face model folder (config.json + safetensors; a tokenizer only for --prompt), or "
            + "builtin") @Parameter(names = "--model", absentValue = "") String model,
        @Descriptor("user message, rendered with the chat template and its generation prompt")
        @Parameter(names = "--prompt", absentValue = "") String prompt,
        @Descriptor("comma-separated token ids fed as they are: no chat template, no special tokens, no tokenizer "
            + "needed; the output is ids") @Parameter(names = "--prompt-ids", absentValue = "") String promptIds,
        @Descriptor("number of completions") @Parameter(names = "--n", absentValue = "1") int n,
        @Descriptor("constrain decoding to the think/tool_call/answer format over the --env tools")
        @Parameter(names = "--constrained", presentValue = "true", absentValue = "false") boolean constrained,
        @Descriptor("softmax temperature") @Parameter(names = "--temperature", absentValue = "1.0")
        double temperature,
        @Descriptor("nucleus mass, 1 = off") @Parameter(names = "--top-p", absentValue = "1.0") double topP,
        @Descriptor("top-k cut, 0 = off") @Parameter(names = "--top-k", absentValue = "0") int topK,
        @Descriptor("tokens per completion at most; a completion also ends at EOS (with --prompt-ids: the "
            + "eos_token_id of generation_config.json if it sets one, else of config.json, an int or a list, as "
            + "Hugging Face generate; with --prompt also the tokenizer's eos_token)")
        @Parameter(names = "--max-new-tokens", absentValue = "64") int maxNewTokens,
        @Descriptor("sampling seed (also the built-in model's initialisation seed)")
        @Parameter(names = "--seed", absentValue = "0") long seed,
        @Descriptor("arg max decoding (ties go to the lowest id, as torch.argmax)")
        @Parameter(names = "--greedy", presentValue = "true", absentValue = "false") boolean greedy,
        @Descriptor("cpu, gpu or gpuN (a GPU needs a CUDA build of the native library)")
        @Parameter(names = "--device", absentValue = "cpu") String device,
        @Descriptor("print the generated token ids, comma-separated, one line per completion (EOS included)")
        @Parameter(names = "--ids", presentValue = "true", absentValue = "false") boolean ids,
        @Descriptor("comma-separated environment ids whose tools the prompt offers")
        @Parameter(names = "--env", absentValue = "") String envs,
        @Descriptor("first print a line saying which engine, device and decoding path ran")
        @Parameter(names = "--verbose", presentValue = "true", absentValue = "false") boolean verbose) {
        GenerateRequest req = new GenerateRequest(model, prompt, promptIds, n, constrained, temperature, topP, topK,
            maxNewTokens, seed, greedy, device, ids);
        List<ToolSpec> tools = provider.tools(envs.isBlank() ? List.of() : Arrays.asList(envs.split("\\s*,\\s*")));
        if (!model.equals("builtin")) {
            return Generation.run(req, Path.of(model), tools, verbose);
        }
        Path dir = provider.builtinDir(seed);
        try {
            return Generation.run(req, dir, tools, verbose);
        } finally {
            Checkpoints.deleteQuietly(dir);
        }
    }
}
