package io.envtune.policy.djl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.envtune.policy.djl.BuiltinModel;
import io.envtune.policy.djl.TestTools;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

/** The logic of {@code envtune:generate}: exact greedy ids on folders with only config.json and safetensors. */
public class GenerateCommandTest {

    private static final String PROMPT = "5,17,42,7,99,3,250,11";

    static GenerateRequest ids(String model, String promptIds, int max) {
        return new GenerateRequest(model, "", promptIds, 1, false, 1.0, 1.0, 0, max, 0, true, "cpu", true);
    }

    static GenerateRequest text(String model, int n, boolean constrained, boolean ids) {
        return new GenerateRequest(model, "What is the weather in Paris?", "", n, constrained, 1.0, 1.0, 0, 24, 3,
                false, "cpu", ids);
    }

    /** A folder with config.json and model.safetensors only (optionally bf16). */
    static Path bareFolder(ModelConfig c, Map<String, HostTensor> w, boolean bf16) {
        Path dir = TinyModels.tempDir("bare");
        Map<String, HostTensor> stored = new LinkedHashMap<>(w);
        if (bf16) {
            stored.replaceAll((name, t) -> toBf16(t));
        }
        SafeTensors.write(dir.resolve(Weights.SINGLE), stored, Map.of("format", "pt"));
        write(dir.resolve("config.json"), c.toJson());
        return dir;
    }

    private static HostTensor toBf16(HostTensor t) {
        float[] v = t.toFloats();
        ByteBuffer b = ByteBuffer.allocate(v.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (float f : v) {
            b.putShort((short) (Float.floatToRawIntBits(f) >>> 16)); // truncation: any bf16 value will do
        }
        b.flip();
        return new HostTensor("BF16", t.shape(), b);
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Greedy decoding by the reference: full recompute per step, arg max, stop after an EOS id. */
    static List<Integer> referenceGreedy(ReferenceLm ref, long[] prompt, int max, Set<Integer> eos) {
        List<Long> seq = new ArrayList<>();
        Arrays.stream(prompt).forEach(seq::add);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < max; i++) {
            int next = ReferenceLm.argmax(ref.lastLogits(seq.stream().mapToLong(Long::longValue).toArray()));
            out.add(next);
            seq.add((long) next);
            if (eos.contains(next)) {
                break;
            }
        }
        return out;
    }

    static List<Integer> parse(String line) {
        List<Integer> out = new ArrayList<>();
        for (String s : line.trim().split(",")) {
            out.add(Integer.parseInt(s));
        }
        return out;
    }

    private static ModelConfig withEos(ModelConfig c, List<Integer> eos) {
        return new ModelConfig(c.modelType(), c.vocabSize(), c.hiddenSize(), c.intermediateSize(), c.layers(),
                c.heads(), c.kvHeads(), c.headDim(), c.rmsNormEps(), c.ropeTheta(), c.ropeScaling(),
                c.tieWordEmbeddings(), c.qkvBias(), c.qkNorm(), c.maxPositions(), c.bosTokenId(), eos);
    }

    private static void checkGreedy(ModelConfig c, long seed, boolean bf16) {
        Map<String, HostTensor> w = TinyModels.weights(c, seed);
        Path dir = bareFolder(c, w, bf16);
        // the reference reads the weights as stored, so bf16 rounding is on both sides
        ReferenceLm ref = new ReferenceLm(c, SafeTensors.read(dir.resolve(Weights.SINGLE)).tensors());
        String out = Generation.run(ids(dir.toString(), PROMPT, 16), dir, List.of());
        List<Integer> expected = referenceGreedy(ref, ids("m", PROMPT, 1).promptIdArray(), 16,
                Set.copyOf(c.eosTokenIds()));
        assertEquals(c.modelType() + " kv " + c.kvHeads() + " bf16 " + bf16, expected, parse(out));
        assertTrue("one line", !out.contains("\n"));
    }

    @Test
    public void greedyIdsMatchAnIndependentForwardPassAcrossArchitectures() {
        checkGreedy(withEos(TinyModels.config("qwen2", 2, true, true, false), List.of()), 1, false);
        checkGreedy(withEos(TinyModels.config("qwen3", 4, false, false, true), List.of()), 2, false);
        ModelConfig llama = TinyModels.config("llama", 1, false, false, false);
        checkGreedy(new ModelConfig("llama", 300, 32, 48, 2, 4, 1, 8, 1e-5, 10000.0,
                new ModelConfig.RopeScaling("llama3", 8, 1, 4, 64), false, false, false, 512, -1, List.of()),
                3, false);
        checkGreedy(withEos(llama, List.of()), 4, true);
        // attention_bias on a llama: q, k, v and o projections all have biases
        checkGreedy(withEos(TinyModels.config("llama", 2, true, false, false), List.of()), 6, false);
    }

    @Test
    public void eosComesFromGenerationConfigWhenItSetsOneElseFromConfig() throws IOException {
        ModelConfig c = withEos(TinyModels.config("qwen2", 2, true, true, false), List.of());
        Map<String, HostTensor> w = TinyModels.weights(c, 5);
        List<Integer> free = parse(Generation.run(ids("m", PROMPT, 16), bareFolder(c, w, false), List.of()));
        int a = free.get(3);
        int b = free.get(6);
        // config.json with a list of EOS ids: stops after the first of them, EOS included
        Path dir = bareFolder(withEos(c, List.of(b, a)), w, false);
        List<Integer> listEos = parse(Generation.run(ids("m", PROMPT, 16), dir, List.of()));
        assertEquals(free.subList(0, firstOf(free, new java.util.HashSet<>(List.of(a, b))) + 1), listEos);
        // generation_config.json's int overrides config.json
        Files.writeString(dir.resolve("generation_config.json"), "{\"eos_token_id\": " + b + "}");
        List<Integer> genEos = parse(Generation.run(ids("m", PROMPT, 16), dir, List.of()));
        assertEquals(free.subList(0, free.indexOf(b) + 1), genEos);
        // a generation_config.json without eos_token_id leaves config.json's
        Files.writeString(dir.resolve("generation_config.json"), "{\"do_sample\": false}");
        assertEquals(listEos, parse(Generation.run(ids("m", PROMPT, 16), dir, List.of())));
    }

    private static int firstOf(List<Integer> ids, Set<Integer> set) {
        for (int i = 0; i < ids.size(); i++) {
            if (set.contains(ids.get(i))) {
                return i;
            }
        }
        return ids.size() - 1;
    }

    @Test
    public void textPromptOnTheBuiltInModelPrintsNCompletions() {
        Path dir = BuiltinModel.of(TestTools.tools(), List.of(), 9).write(TinyModels.tempDir("gen-cmd"));
        String out = Generation.run(text(dir.toString(), 3, true, false), dir, TestTools.tools());
        assertEquals(out, 3, out.split("\n--- |^--- ").length - 1);
        assertTrue(out, out.startsWith("--- 1/3: "));
        String idLines = Generation.run(text(dir.toString(), 2, false, true), dir, List.of());
        assertEquals(2, idLines.split("\n").length);
        idLines.lines().forEach(l -> assertTrue(l, parse(l).size() <= 24 && !parse(l).isEmpty()));
        assertEquals("same seed, same output", idLines,
                Generation.run(text(dir.toString(), 2, false, true), dir, List.of()));
    }

    @Test
    public void verboseSaysWhichDecodingPathRan() {
        Path dir = BuiltinModel.of(TestTools.tools(), List.of(), 9).write(TinyModels.tempDir("gen-verbose"));
        String out = Generation.run(text(dir.toString(), 2, false, false), dir, List.of(), true);
        String first = out.lines().findFirst().orElse("");
        assertTrue(first, first.startsWith("# PyTorch ") && first.contains(" on cpu; decoding: packed weights, one "
                + "scripted call per step"));
        assertTrue(out, out.contains("\n--- 1/2: "));
        String ids = Generation.run(ids(dir.toString(), "1,5,9", 4), dir, List.of(), true);
        assertTrue(ids, ids.startsWith("# PyTorch ") && ids.contains("op by op on the plain weights"));
    }

    @Test
    public void badInputGetsAMessageNamingTheProblem() {
        ModelConfig c = TinyModels.config("qwen2", 2, true, true, false);
        Path bare = bareFolder(c, TinyModels.weights(c, 1), false);
        expect(() -> Generation.run(text(bare.toString(), 1, false, false), bare, List.of()), "--prompt-ids");
        expect(() -> Generation.run(ids("x", "1,2,300", 4), bare, List.of()), "outside the vocabulary");
        expect(() -> Generation.run(ids("x", "1,2", 4), bare.resolve("nope"), List.of()), "no config.json");
        expect(() -> ids("x", "1;2", 4), "comma-separated");
        expect(() -> new GenerateRequest("m", "hi", "1,2", 1, false, 1, 1, 0, 4, 0, false, "cpu", false),
                "exactly one");
        expect(() -> new GenerateRequest("m", "", "1,2", 1, true, 1, 1, 0, 4, 0, false, "cpu", false),
                "--constrained");
        expect(() -> new GenerateRequest("m", "hi", "", 0, false, 1, 1, 0, 4, 0, false, "cpu", false), "--n");
        expect(() -> new GenerateRequest("m", "hi", "", 1, false, 1, 0, 0, 4, 0, false, "cpu", false), "--top-p");
        expect(() -> new GenerateRequest("m", "hi", "", 1, false, 1, 1, 0, 4, 0, false, "tpu", false), "--device");
    }

    private static void expect(Runnable r, String fragment) {
        try {
            r.run();
            fail("expected an error mentioning " + fragment);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains(fragment));
        }
    }
}
