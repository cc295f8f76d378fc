package io.envtune.api;

/**
 * A model-generated span: the conversation it continued and the completion sampled for it. Only completion tokens
 * carry loss; everything in the context (environment messages included) is masked.
 *
 * @param context the conversation before the response
 * @param completion the sampled response with its token ids and log-probabilities
 */
public record TrainingSegment(Conversation context, Completion completion) {
}
