package io.envtune.policy.djl.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.Test;

/** The warm start trains exactly the assistant tokens, tokenised as rollouts tokenise them. */
public class SftTokensTest {

    @Test
    public void lossCoversExactlyTheResponsesAndTheirEos() {
        Path dir = SftFixtures.tinyModel(1);
        ModelConfig config = ModelConfig.parse(Checkpoints.readText(dir.resolve("config.json")));
        List<SftEpisode> episodes = SftData.fromTasks(SftFixtures.ticketTasks(), SftFixtures.plan()).episodes();
        try (ModelTokenizer tok = ModelTokenizer.load(dir, config)) {
            long eos = SftTokens.eos(tok);
            assertArrayEquals("a response ends with the token that ends a ChatML turn", new long[] {eos},
                tok.encode("<|im_end|>"));
            for (SftEpisode e : episodes) {
                List<TrainBatch.Item> items = SftTokens.items(e, c -> tok.encode(tok.prompt(c)), tok::encode, eos);
                assertEquals(e.id() + ": the steps of an episode share one sequence", 1, items.size());
                TrainBatch.Item it = items.get(0);
                boolean[] trained = new boolean[it.tokens().length];
                Arrays.stream(it.lossAt()).forEach(i -> trained[i] = true);
                int expectedTrained = 0;
                for (SftEpisode.Step s : e.steps()) {
                    long[] ctx = tok.encode(tok.prompt(s.context()));
                    long[] resp = tok.encode(s.response());
                    // the context is the rollout prompt token for token, and none of it is trained
                    assertArrayEquals(ctx, Arrays.copyOf(it.tokens(), ctx.length));
                    for (int j = 0; j < resp.length; j++) {
                        assertEquals(resp[j], it.tokens()[ctx.length + j]);
                        assertTrue(trained[ctx.length + j]);
                    }
                    assertEquals(eos, it.tokens()[ctx.length + resp.length]);
                    assertTrue(trained[ctx.length + resp.length]);
                    expectedTrained += resp.length + 1;
                }
                assertEquals(e.id(), expectedTrained, it.lossAt().length);
            }
        }
    }

    @Test
    public void aContextThatDoesNotContinueStartsANewSequence() {
        SftEpisode.Step a = new SftEpisode.Step(conv("one"), "x");
        SftEpisode.Step b = new SftEpisode.Step(conv("two"), "y");
        List<TrainBatch.Item> items = SftTokens.items(new SftEpisode("e", "D", List.of(a, b)),
            c -> c.messages().get(0).content().equals("one") ? new long[] {1, 2} : new long[] {5, 6, 7},
            r -> new long[] {r.equals("x") ? 3 : 8}, 9);
        assertEquals(2, items.size());
        assertArrayEquals(new long[] {1, 2, 3, 9}, items.get(0).tokens());
        assertArrayEquals(new int[] {2, 3}, items.get(0).lossAt());
        assertArrayEquals(new long[] {5, 6, 7, 8, 9}, items.get(1).tokens());
        assertArrayEquals(new int[] {3, 4}, items.get(1).lossAt());
    }

    private static io.envtune.api.Conversation conv(String text) {
        return new io.envtune.api.Conversation(List.of(new io.envtune.api.ChatMessage(io.envtune.api.Role.USER,
            text)), List.of());
    }
}
