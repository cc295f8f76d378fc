package io.envtune.policy.djl.internal;

import io.envtune.api.Conversation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Tokenises oracle episodes for the warm start along the rollout path: each context is rendered by the model's chat
 * template with its generation prompt and encoded, exactly as {@code DjlPolicy.complete} prompts the model; each
 * response is encoded and ended with the EOS id that ends a sampled completion. Only response tokens (and their EOS)
 * carry loss: system, user and tool tokens are context. Consecutive steps of an episode share one sequence when the
 * later context continues the earlier context and response token for token, so one pass scores them all.
 */
public final class SftTokens {

    private SftTokens() {
    }

    /**
     * @param episode the episode
     * @param contextIds renders and encodes a context (chat template, generation prompt on)
     * @param responseIds encodes a response text (no special tokens added)
     * @param eos the id that ends a response
     * @return the training sequences of the episode (zero log-probabilities, advantage 1: plain likelihood)
     */
    public static List<TrainBatch.Item> items(SftEpisode episode, Function<Conversation, long[]> contextIds,
                                              Function<String, long[]> responseIds, long eos) {
        List<TrainBatch.Item> out = new ArrayList<>();
        long[] tokens = new long[0];
        List<Integer> lossAt = new ArrayList<>();
        for (SftEpisode.Step s : episode.steps()) {
            long[] ctx = contextIds.apply(s.context());
            long[] resp = responseIds.apply(s.response());
            boolean continues = ctx.length >= tokens.length && Arrays.equals(tokens, 0, tokens.length, ctx, 0,
                    tokens.length);
            if (!continues) {
                out.add(item(tokens, lossAt));
                lossAt.clear();
            }
            tokens = Arrays.copyOf(ctx, ctx.length + resp.length + 1);
            for (int j = 0; j <= resp.length; j++) {
                tokens[ctx.length + j] = j < resp.length ? resp[j] : eos;
                lossAt.add(ctx.length + j);
            }
        }
        if (!lossAt.isEmpty()) {
            out.add(item(tokens, lossAt));
        }
        return out;
    }

    /**
     * Tokenises many episodes with one tokenizer, rendering each distinct context once.
     *
     * @param episodes the episodes
     * @param tokenizer the model's tokenizer and chat template
     * @return per episode, its sequences
     */
    public static List<List<TrainBatch.Item>> all(List<SftEpisode> episodes, ModelTokenizer tokenizer) {
        long eos = eos(tokenizer);
        Map<Conversation, long[]> contexts = new HashMap<>();
        Function<Conversation, long[]> ctx = c -> contexts.computeIfAbsent(c,
                k -> tokenizer.encode(tokenizer.prompt(k)));
        List<List<TrainBatch.Item>> out = new ArrayList<>();
        for (SftEpisode e : episodes) {
            out.add(items(e, ctx, tokenizer::encode, eos));
        }
        return out;
    }

    /**
     * @param tokenizer a model's tokenizer
     * @return the id that ends a sampled response: the model's first EOS id (for ChatML templates, {@code <|im_end|>})
     */
    static long eos(ModelTokenizer tokenizer) {
        return tokenizer.eosIds().stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the model has no EOS token: a response cannot end"));
    }

    private static TrainBatch.Item item(long[] tokens, List<Integer> lossAt) {
        int[] at = lossAt.stream().mapToInt(Integer::intValue).toArray();
        int[] targets = new int[at.length];
        for (int k = 0; k < at.length; k++) {
            targets[k] = Math.toIntExact(tokens[at[k]]);
        }
        return new TrainBatch.Item(tokens, at, new float[at.length], 1.0, targets);
    }
}
