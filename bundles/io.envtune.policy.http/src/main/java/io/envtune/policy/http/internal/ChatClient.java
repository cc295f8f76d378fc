package io.envtune.policy.http.internal;

import io.envtune.api.Completion;
import io.envtune.api.Conversation;
import io.envtune.api.SamplingParams;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Samples a number of choices for one conversation: asks for all of them in one request and, when the server
 * returns fewer (servers that ignore {@code n}), asks again for the rest. Thread-safe.
 */
public final class ChatClient {

    private final RetryingSender sender;
    private final URI chatUrl;
    private final URI modelsUrl;
    private final String configuredModel;
    private String resolvedModel;

    /**
     * @param sender the transport
     * @param baseUrl the API root
     * @param model the served model name, or empty to ask the server on first use
     */
    public ChatClient(RetryingSender sender, URI baseUrl, String model) {
        this.sender = sender;
        this.chatUrl = Endpoints.chat(baseUrl);
        this.modelsUrl = Endpoints.models(baseUrl);
        this.configuredModel = model;
    }

    /**
     * @return the chat-completions URL
     */
    public URI chatUrl() {
        return chatUrl;
    }

    /**
     * Request {@code r} (0, 1, …) of this call uses seed {@code seed + r * seedStride}, so follow-up requests do not
     * repeat the samples of the first, and parallel calls given distinct seeds below the stride never collide.
     *
     * @param conversation the conversation
     * @param params the sampling parameters (its {@code n} is ignored)
     * @param count how many choices to return
     * @param seed the seed of the first request
     * @param seedStride the step between the seeds of successive requests
     * @return exactly {@code count} completions
     */
    public List<Completion> sample(Conversation conversation, SamplingParams params, int count, long seed,
                                   int seedStride) {
        List<Completion> out = new ArrayList<>(count);
        for (int round = 0; out.size() < count; round++) {
            int want = count - out.size();
            String body = ChatRequests.body(model(), conversation, params, want, seed + (long) round * seedStride);
            List<Completion> got = ChatResponses.completions(chatUrl, sender.post(chatUrl, body), params.stop());
            if (got.isEmpty()) {
                throw new IllegalStateException("POST " + chatUrl + " returned no choices (asked for " + want + ")");
            }
            out.addAll(got.subList(0, Math.min(want, got.size())));
        }
        return out;
    }

    /**
     * @return the configured model, or the first one the server lists (asked once, then remembered)
     */
    public synchronized String model() {
        if (!configuredModel.isEmpty()) {
            return configuredModel;
        }
        if (resolvedModel == null) {
            resolvedModel = ChatResponses.firstModel(modelsUrl, sender.get(modelsUrl));
        }
        return resolvedModel;
    }
}
