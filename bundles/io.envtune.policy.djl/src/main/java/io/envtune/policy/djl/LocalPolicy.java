package io.envtune.policy.djl;

import io.envtune.api.Conversation;
import io.envtune.api.TrainablePolicy;
import java.nio.file.Path;
import java.util.List;

/**
 * A trainable policy running in this JVM, with the extra access a shell or a test needs: raw token-id generation,
 * the rendered prompt, and the tokenizer. Close it to free native memory.
 */
public interface LocalPolicy extends TrainablePolicy, AutoCloseable {

    /**
     * Greedy decoding of raw token ids: no chat template, no tokenizer, no grammar; stops at EOS or the budget.
     *
     * @param promptIds the prompt ids
     * @param maxNewTokens the budget
     * @return the generated ids
     */
    List<Integer> generateIds(List<Integer> promptIds, int maxNewTokens);

    /**
     * @param conversation a conversation
     * @return the prompt text the chat template renders for it (generation prompt included)
     */
    String renderPrompt(Conversation conversation);

    /**
     * @param text text
     * @return its token ids (no special tokens added)
     */
    List<Integer> encode(String text);

    /**
     * @param ids token ids
     * @return the text (special tokens left out)
     */
    String decode(List<Integer> ids);

    /** @return the folder the model was loaded from */
    Path modelDir();

    /** @return the number of optimiser steps taken (restored by {@link #load(Path)}) */
    long steps();

    /** Frees the model's native memory. */
    @Override
    void close();
}
