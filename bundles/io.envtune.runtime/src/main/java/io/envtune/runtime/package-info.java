/**
 * The Environment-Tuning episode protocol: {@link io.envtune.runtime.EpisodeSession} (one episode as a state
 * machine), {@link io.envtune.runtime.RolloutExecutor} (many episodes against a policy, in parallel),
 * {@link io.envtune.runtime.ResponseParser} (the strict think/tool_call/answer format), the system prompts, episode
 * records as JSON lines and offline re-scoring.
 */
@Export
@Version("1.5.0")
package io.envtune.runtime;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
