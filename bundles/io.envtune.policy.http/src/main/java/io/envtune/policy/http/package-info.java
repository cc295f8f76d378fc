/**
 * A {@link io.envtune.api.Policy} that samples from any OpenAI-compatible chat-completions server (vLLM, SGLang,
 * llama.cpp server, Ollama): {@link io.envtune.policy.http.HttpPolicy} and its configuration record. Not exported:
 * no other bundle imports it; the shell's {@code --policy http:URL} reaches it through the
 * {@link io.envtune.api.PolicyProvider} service.
 */
package io.envtune.policy.http;
