/**
 * A {@link io.envtune.api.Policy} that samples from any OpenAI-compatible chat-completions server (vLLM, SGLang,
 * llama.cpp server, Ollama): {@link io.envtune.policy.http.HttpPolicy} and its configuration record. Exported so
 * that other bundles (the shell's {@code --policy http:URL}) can build one without the configuration admin.
 */
@Export
@Version("1.0.0")
package io.envtune.policy.http;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
