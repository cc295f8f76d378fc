package io.envtune.policy.djl.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.envtune.api.ChatMessage;
import io.envtune.api.Completion;
import io.envtune.api.Conversation;
import io.envtune.api.EpisodeRecord;
import io.envtune.api.FeedbackMode;
import io.envtune.api.Role;
import io.envtune.api.ScoredGroup;
import io.envtune.api.ScoredRollout;
import io.envtune.api.TrainingSegment;
import io.envtune.policy.djl.BuiltinModel;
import io.envtune.policy.djl.TestTools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The update trains on exactly the token sequence of the rollout: each response's sampled ids, in the context ids the
 * model was prompted with when it sampled them, with the built-in model's real {@code tokenizer.json} and chat
 * template. Two cases: responses whose ids are the tokenizer's own encoding (the next prompt re-renders them to the
 * same ids, so an episode's responses share one sequence), and responses sampled as ids the tokenizer would not
 * produce (one character per token): re-rendering their text gives other ids, and the update must still train on the
 * sampled ids, never on the re-tokenised text.
 */
public class RolloutTokensTest {

    private static final String CALL = "<think>I need the weather.</think><tool_call>[{\"name\": \"get_weather\", "
            + "\"arguments\": {\"city\": \"Paris\"}}]</tool_call>";
    private static final String ANSWER = "<think>It is sunny.</think><answer>It is sunny in Paris.</answer>";

    private static Path dir;
    private static ModelTokenizer tokenizer;
    private static int vocab;
    private static int eos;

    @BeforeClass
    public static void load() throws Exception {
        dir = BuiltinModel.of(TestTools.tools(), List.of("What is the weather in Paris?"), 4)
                .write(TinyModels.tempDir("rollout-tokens"));
        ModelConfig config = ModelConfig.parse(Files.readString(dir.resolve("config.json")));
        tokenizer = ModelTokenizer.load(dir, config);
        vocab = config.vocabSize();
        eos = tokenizer.eosIds().iterator().next();
    }

    @AfterClass
    public static void close() {
        tokenizer.close();
        TinyModels.delete(dir);
    }

    /** A response as the policy returns it: the sampled ids (EOS last), their decoded text, log-probabilities. */
    private static Completion sampled(int[] ids) {
        long[] raw = Arrays.stream(ids).asLongStream().toArray();
        List<Integer> list = Arrays.stream(ids).boxed().toList();
        List<Float> lps = list.stream().map(i -> -1f).toList();
        return new Completion(tokenizer.decode(raw), list, lps, false);
    }

    private static int[] canonical(String text) {
        return withEos(Arrays.stream(tokenizer.encode(text)).mapToInt(i -> (int) i).toArray());
    }

    /** One token per character: ids a sampler may draw but the tokenizer never produces for this text. */
    private static int[] spelled(String text) {
        List<Integer> ids = new ArrayList<>();
        text.codePoints().forEach(cp -> {
            for (long id : tokenizer.encode(new String(Character.toChars(cp)))) {
                ids.add((int) id);
            }
        });
        return withEos(ids.stream().mapToInt(Integer::intValue).toArray());
    }

    private static int[] withEos(int[] ids) {
        int[] out = Arrays.copyOf(ids, ids.length + 1);
        out[ids.length] = eos;
        return out;
    }

    /** The context ids of a rollout step, computed the way the policy prompts the model. */
    private static long[] prompted(Conversation c) {
        return tokenizer.encode(tokenizer.prompt(c));
    }

    @Test
    public void responsesWithTheTokenizersOwnIdsShareOneSequenceTrainedExactly() {
        List<TrainBatch.Item> items = check(canonical(CALL));
        assertEquals("one sequence per rollout: the second prompt continues the first response verbatim", 2,
                items.size());
    }

    @Test
    public void responsesWithOtherIdsAreTrainedOnTheSampledIdsNotOnTheirRetokenisedText() {
        int[] spelled = spelled(CALL);
        assertFalse(Arrays.equals(spelled, canonical(CALL)));
        List<TrainBatch.Item> items = check(spelled);
        assertEquals("each response in its own sequence", 4, items.size());
    }

    /**
     * Plays a two-step episode twice (a GRPO group with rewards 1 and 0), builds the update's batch, and checks that
     * every response is trained in its rollout context on its sampled ids.
     */
    private static List<TrainBatch.Item> check(int[] first) {
        Conversation c1 = new Conversation(List.of(
                new ChatMessage(Role.SYSTEM, "Call tools as one JSON list in one <tool_call>."),
                new ChatMessage(Role.USER, "What is the weather in Paris?")), TestTools.tools());
        Completion a = sampled(first);
        List<ChatMessage> next = new ArrayList<>(c1.messages());
        next.add(new ChatMessage(Role.ASSISTANT, a.text()));
        next.add(new ChatMessage(Role.USER, "[\"{'weather': 'sunny'}\"]"));
        Conversation c2 = new Conversation(next, TestTools.tools());
        Completion b = sampled(canonical(ANSWER));
        // What the model saw at rollout time, step by step: the prompt ids, then the ids it sampled.
        long[] seen1 = concat(prompted(c1), first);
        long[] seen2 = concat(prompted(c2), b.tokenIds().stream().mapToInt(Integer::intValue).toArray());
        List<TrainingSegment> segments = List.of(new TrainingSegment(c1, a), new TrainingSegment(c2, b));
        EpisodeRecord rec = new EpisodeRecord("e", "t", "s", FeedbackMode.STANDARD, Map.of(), List.of(), List.of(), 1);
        ScoredGroup group = new ScoredGroup("t", List.of(new ScoredRollout(rec, 1, segments),
                new ScoredRollout(rec, 0, segments)));
        GroupBatch gb = GroupBatch.of(List.of(group), c -> tokenizer.encode(tokenizer.prompt(c)), vocab);
        TrainBatch batch = TrainBatch.of(gb.items());
        long[] sampledIds = concat(concat(new long[0], first), b.tokenIds().stream().mapToInt(i -> i).toArray());
        assertArrayEquals(concat(sampledIds, Arrays.stream(sampledIds).mapToInt(i -> (int) i).toArray()),
                batch.targets());
        int contextLength1 = prompted(c1).length;
        int contextLength2 = prompted(c2).length;
        for (int r = 0; r < 2; r++) {
            assertTrue("rollout " + r + " step 1", trainedAs(gb.items(), seen1, contextLength1));
            assertTrue("rollout " + r + " step 2", trainedAs(gb.items(), seen2, contextLength2));
        }
        return gb.items();
    }

    /** Whether some item holds the sequence as its start, with loss exactly on the part after the context. */
    private static boolean trainedAs(List<TrainBatch.Item> items, long[] seen, int contextLength) {
        for (TrainBatch.Item it : items) {
            if (it.tokens().length < seen.length
                    || !Arrays.equals(it.tokens(), 0, seen.length, seen, 0, seen.length)) {
                continue;
            }
            int[] loss = Arrays.stream(it.lossAt()).filter(i -> i < seen.length).toArray();
            int[] sampledPart = IntStream.range(contextLength, seen.length).toArray();
            int[] tail = Arrays.copyOfRange(loss, Math.max(0, loss.length - sampledPart.length), loss.length);
            if (Arrays.equals(tail, sampledPart)) {
                return true;
            }
        }
        return false;
    }

    private static long[] concat(long[] head, int[] tail) {
        long[] out = Arrays.copyOf(head, head.length + tail.length);
        for (int j = 0; j < tail.length; j++) {
            out[head.length + j] = tail[j];
        }
        return out;
    }
}
