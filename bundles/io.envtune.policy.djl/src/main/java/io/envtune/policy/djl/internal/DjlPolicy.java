package io.envtune.policy.djl.internal;

import ai.djl.Device;
import io.envtune.api.Completion;
import io.envtune.api.Conversation;
import io.envtune.api.Policy;
import io.envtune.api.SamplingParams;
import io.envtune.api.ScoredGroup;
import io.envtune.api.UpdateStats;
import io.envtune.policy.djl.LocalPolicy;
import io.envtune.policy.djl.PolicyOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Hugging Face causal LM as an envtune policy: chat template + KV-cache sampling for {@link #complete}, GRPO for
 * {@link #update}, safetensors checkpoints. The frozen reference for the KL term is a copy of the weights as loaded
 * from the model folder. All methods are serialised on this object.
 */
public final class DjlPolicy implements LocalPolicy {

    private final PolicyOptions options;
    private final Path dir;
    private final ModelConfig config;
    private final ModelTokenizer tokenizer;
    private final Weights weights;
    private final Weights referenceWeights;
    private final CausalLm model;
    private final DecodingModel decoding;
    private final Generator generator;
    private final AdamW optimizer;
    private final GrpoTrainer trainer;
    private final PrefixCache prefixes;

    /**
     * Loads a model folder.
     *
     * @param dir the folder ({@code config.json}, weights, {@code tokenizer.json}, {@code tokenizer_config.json})
     * @param options name, device, constrained decoding, GRPO settings
     */
    public DjlPolicy(Path dir, PolicyOptions options) {
        DjlRuntime.initEngine();
        this.options = options;
        this.dir = dir;
        this.config = ModelConfig.parse(Checkpoints.readText(dir.resolve("config.json")));
        Device device = DjlRuntime.call(() -> Device.fromName(options.device()));
        this.tokenizer = ModelTokenizer.load(dir, config);
        Weights loaded;
        try {
            loaded = Weights.fromHost(config, Weights.readFolder(dir), device);
        } catch (RuntimeException e) {
            tokenizer.close();
            throw e;
        }
        this.weights = loaded;
        this.referenceWeights = weights.copy();
        this.model = new CausalLm(config, weights);
        this.decoding = new DecodingModel(model);
        this.generator = new Generator(decoding, tokenizer.bytes(), tokenizer.eosIds());
        this.prefixes = new PrefixCache(model, PREFIX_TOKENS);
        this.optimizer = new AdamW(weights);
        this.trainer = new GrpoTrainer(model, new CausalLm(config, referenceWeights), optimizer, options.grpo());
    }

    /** Prefix tokens whose keys and values are kept between calls (a few system prompts of a few thousand tokens). */
    private static final long PREFIX_TOKENS = 65_536;

    /** Shorter shared prefixes are not worth a cache entry. */
    private static final int MIN_PREFIX = 16;

    /** The largest sum of squared prompt lengths decoded in one batch (bounds the attention scores of prefill). */
    private static final long PREFILL_BUDGET = 16_000_000L;

    @Override
    public String name() {
        return options.name();
    }

    @Override
    public List<List<Completion>> complete(List<Conversation> batch, SamplingParams params) {
        return complete(batch, params, options.constrained());
    }

    @Override
    public boolean constrained() {
        return options.constrained();
    }

    @Override
    public Policy unconstrained() {
        return !options.constrained() ? this : new Policy() {
            @Override
            public String name() {
                return options.name() + " (unconstrained)";
            }

            @Override
            public List<List<Completion>> complete(List<Conversation> batch, SamplingParams params) {
                return DjlPolicy.this.complete(batch, params, false);
            }
        };
    }

    private synchronized List<List<Completion>> complete(List<Conversation> batch, SamplingParams params,
                                                         boolean constrained) {
        Sampler sampler = new Sampler(params.temperature(), params.topP(), params.topK());
        List<long[]> prompts = new ArrayList<>();
        List<ResponseGrammar> grammars = new ArrayList<>();
        int[] prefixLens = new int[batch.size()];
        for (Conversation c : batch) {
            long[] ids = tokenizer.encode(tokenizer.prompt(c));
            prefixLens[prompts.size()] = tokenizer.headLength(c, ids, MIN_PREFIX);
            prompts.add(ids);
            grammars.add(constrained ? grammar(c) : null);
        }
        List<List<Completion>> out = new ArrayList<>();
        int from = 0;
        long chunk = 0;
        for (int to = from; to <= prompts.size(); to++) {
            // Prefill memory grows with rows x prompt length x uncached length: cut the batch before it gets large.
            long cost = to < prompts.size()
                    ? (long) prompts.get(to).length * (prompts.get(to).length - prefixLens[to]) * params.n() : 0;
            if (to > from && (to == prompts.size() || chunk + cost > PREFILL_BUDGET)) {
                Generator.Request req = new Generator.Request(params.n(), params.maxNewTokens(), sampler,
                        params.stop(), null, params.seed() + from);
                int[] lens = java.util.Arrays.copyOfRange(prefixLens, from, to);
                for (List<Generator.Sample> samples : generator.generate(prompts.subList(from, to), lens, prefixes,
                        grammars.subList(from, to), req)) {
                    List<Completion> completions = new ArrayList<>();
                    samples.forEach(s -> completions.add(completion(s)));
                    out.add(completions);
                }
                from = to;
                chunk = 0;
            }
            chunk += cost;
        }
        return out;
    }

    /** The grammar a constrained response to {@code c} is decoded under (and replayed under for training). */
    private ResponseGrammar grammar(Conversation c) {
        int strings = Math.min(64, Math.max(16, options.maxTextBytes()));
        return new ResponseGrammar(c.tools(), options.maxTextBytes(), strings);
    }

    private Completion completion(Generator.Sample s) {
        List<Integer> ids = new ArrayList<>();
        List<Float> lps = new ArrayList<>();
        long[] raw = new long[s.ids().length];
        for (int j = 0; j < raw.length; j++) {
            ids.add(s.ids()[j]);
            lps.add(s.logProbs()[j]);
            raw[j] = s.ids()[j];
        }
        return new Completion(tokenizer.decode(raw), ids, lps, s.truncated());
    }

    @Override
    public synchronized UpdateStats update(List<ScoredGroup> groups) {
        // Constrained samples were drawn from the grammar's renormalised distribution: the trainer replays the grammar
        // over each completion and renormalises over the same sets (ratios, entropy and KL alike).
        TokenMask mask = new TokenMask(tokenizer.bytes(), tokenizer.eosIds());
        GroupBatch batch = GroupBatch.of(groups, c -> tokenizer.encode(tokenizer.prompt(c)), config.vocabSize(),
                options.constrained() ? (c, ids) -> mask.replay(grammar(c), ids, config.vocabSize()) : null);
        UpdateStats stats = trainer.step(batch.items(), batch.zeroSignalGroups());
        prefixes.clear();
        decoding.invalidate();
        return stats;
    }

    @Override
    public synchronized void save(Path target) {
        Map<String, String> meta = Map.of("format", "pt", "envtune_steps", Long.toString(optimizer.steps()));
        Checkpoints.copyModelFiles(dir, target);
        SafeTensors.write(target.resolve(Checkpoints.OPTIMIZER), optimizer.state(), meta);
        SafeTensors.write(target.resolve(Weights.SINGLE), weights.toHost(), meta);
    }

    @Override
    public synchronized void load(Path source) {
        SafeTensors.Contents model = SafeTensors.read(source.resolve(Weights.SINGLE));
        weights.assign(model.tensors());
        prefixes.clear();
        decoding.invalidate();
        Path opt = source.resolve(Checkpoints.OPTIMIZER);
        if (Files.isRegularFile(opt)) {
            SafeTensors.Contents state = SafeTensors.read(opt);
            optimizer.restore(state.tensors(), Long.parseLong(state.metadata().getOrDefault("envtune_steps", "0")));
        }
    }

    @Override
    public synchronized List<Integer> generateIds(List<Integer> promptIds, int maxNewTokens) {
        long[] prompt = promptIds.stream().mapToLong(Integer::longValue).toArray();
        Generator.Request req = new Generator.Request(1, maxNewTokens, new Sampler(0, 1, 0), List.of(), null, 0);
        List<Integer> out = new ArrayList<>();
        for (int id : generator.generate(prompt, req).get(0).ids()) {
            out.add(id);
        }
        return out;
    }

    @Override
    public String renderPrompt(Conversation conversation) {
        return tokenizer.prompt(conversation);
    }

    @Override
    public List<Integer> encode(String text) {
        List<Integer> out = new ArrayList<>();
        for (long id : tokenizer.encode(text)) {
            out.add((int) id);
        }
        return out;
    }

    @Override
    public String decode(List<Integer> ids) {
        return tokenizer.decode(ids.stream().mapToLong(Integer::longValue).toArray());
    }

    @Override
    public Path modelDir() {
        return dir;
    }

    @Override
    public synchronized long steps() {
        return optimizer.steps();
    }

    /** @return the model (tests) */
    public CausalLm model() {
        return model;
    }

    /** @return the frozen reference the KL term anchors to: the weights as loaded from the model folder (tests) */
    Weights referenceWeights() {
        return referenceWeights;
    }

    /** @return the prefix cache (tests) */
    PrefixCache prefixes() {
        return prefixes;
    }

    /** @return the engine, device and decoding path, e.g. for {@code envtune:generate --verbose} */
    public synchronized String runtimeInfo() {
        return DjlRuntime.describe(options.device(), decoding.describe());
    }

    /** @return the model as sampling uses it (tests) */
    DecodingModel decoding() {
        return decoding;
    }

    /** @return the generator (tests) */
    Generator generator() {
        return generator;
    }

    /** @return the tokenizer (tests) */
    public ModelTokenizer tokenizer() {
        return tokenizer;
    }

    @Override
    public synchronized void close() {
        DjlRuntime.run(prefixes::close);
        decoding.close();
        optimizer.close();
        tokenizer.close();
        referenceWeights.close();
        weights.close();
    }
}
