package io.envtune.policy.djl.internal;

import io.envtune.cli.CommandArgs;
import io.envtune.cli.Range;
import io.envtune.api.ToolSpec;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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

    /** The one declaration of {@code envtune:generate}'s options. */
    @Command(description = "Sample completions of a prompt from a local model (DIR, builtin or scratch); --prompt-ids ... --ids "
        + "for exact checks.")
    static final class GenerateOptions {
        @Option(names = "--model", required = true, paramLabel = "DIR", description = "Hugging Face model folder "
            + "(config.json + safetensors; a tokenizer only for --prompt), builtin (the shipped warm-started model) or scratch (seeded random weights).")
        String model;

        @Option(names = "--prompt", paramLabel = "TEXT", description = "User message, rendered with the chat template "
            + "and its generation prompt.")
        String prompt = "";

        @Option(names = "--prompt-ids", paramLabel = "IDS", description = "Comma-separated token ids fed as they are: "
            + "no chat template, no special tokens, no tokenizer needed; the output is ids.")
        String promptIds = "";

        @Option(names = "--n", paramLabel = "N", description = "Number of completions.")
        @Range(min = 1, max = 1024)
        int n = 1;

        @Option(names = "--constrained", description = "Constrain decoding to the think/tool_call/answer format over "
            + "the --env tools.")
        boolean constrained;

        @Option(names = "--temperature", paramLabel = "T", description = "Softmax temperature (> 0).")
        double temperature = 1.0;

        @Option(names = "--top-p", paramLabel = "P", description = "Nucleus mass, 1 = off.")
        double topP = 1.0;

        @Option(names = "--top-k", paramLabel = "K", description = "Top-k cut, 0 = off.")
        @Range(min = 0, max = Integer.MAX_VALUE)
        int topK;

        @Option(names = "--max-new-tokens", paramLabel = "N", description = "Tokens per completion at most; a "
            + "completion also ends at EOS.")
        @Range(min = 1, max = 1_000_000)
        int maxNewTokens = 64;

        @Option(names = "--seed", paramLabel = "N", description = "Sampling seed (also the built-in model's "
            + "initialisation seed).")
        long seed;

        @Option(names = "--greedy", description = "Arg max decoding (ties go to the lowest id, as torch.argmax).")
        boolean greedy;

        @Option(names = "--device", paramLabel = "DEVICE", description = "cpu, gpu or gpuN (a GPU needs a CUDA build "
            + "of the native library).")
        String device = "cpu";

        @Option(names = "--ids", description = "Print the generated token ids, comma-separated, one line per "
            + "completion (EOS included).")
        boolean ids;

        @Option(names = "--env", paramLabel = "IDS", description = "Comma-separated environment ids whose tools the "
            + "prompt offers.")
        String envs = "";

        @Option(names = "--verbose", description = "First print a line saying which engine, device and decoding path "
            + "ran.")
        boolean verbose;
    }

    /**
     * Generates from a prompt; options in {@link GenerateOptions}.
     *
     * @param args the raw words after the command name
     * @return the completions, or the help text
     * @throws Exception when the model cannot be loaded or run
     */
    @Descriptor("sample completions of a prompt from a local model (DIR, builtin or scratch); --prompt-ids ... --ids for "
        + "exact checks")
    public Object generate(@Descriptor("options; see envtune:generate --help") String... args) throws Exception {
        return CommandArgs.run("envtune:generate", new GenerateOptions(), args, this::generate);
    }

    private String generate(GenerateOptions o) {
        String model = o.model;
        String envs = o.envs;
        boolean verbose = o.verbose;
        long seed = o.seed;
        GenerateRequest req = new GenerateRequest(model, o.prompt, o.promptIds, o.n, o.constrained, o.temperature,
            o.topP, o.topK, o.maxNewTokens, seed, o.greedy, o.device, o.ids);
        List<ToolSpec> tools = provider.tools(envs.isBlank() ? List.of() : Arrays.asList(envs.split("\\s*,\\s*")));
        if (!model.equals("builtin") && !model.equals("scratch")) {
            return Generation.run(req, Path.of(model), tools, verbose);
        }
        Path dir = model.equals("builtin") ? provider.shippedDir() : provider.builtinDir(seed);
        try {
            return Generation.run(req, dir, tools, verbose);
        } finally {
            Checkpoints.deleteQuietly(dir);
        }
    }
}
