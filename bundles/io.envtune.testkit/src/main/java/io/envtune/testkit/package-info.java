/**
 * Test support shared by every environment module: {@link io.envtune.testkit.BfclFixtures} finds and reads the BFCL
 * reference folder ({@code shared/bfcl}) by path, {@link io.envtune.testkit.EnvironmentContractTest} is the
 * conformance test every {@link io.envtune.api.ToolEnvironment} runs by extending it, and
 * {@link io.envtune.testkit.FixtureReplayTest} (over {@link io.envtune.testkit.FixtureReplay}) replays the BFCL probe,
 * golden and model-replay fixtures on a BFCL domain. {@link io.envtune.testkit.ToolSession} runs call strings on one
 * instance for focused tests. {@link io.envtune.testkit.HeldOutTasksTest} checks that a task source's validation tasks
 * are held out from its training tasks. {@link io.envtune.testkit.GeneratorContractTest} is the check every
 * {@link io.envtune.api.TaskGenerator} runs by extending it, over {@link io.envtune.testkit.GeneratedReplay},
 * {@link io.envtune.testkit.KnownTasks} and {@link io.envtune.testkit.WordingMeasure}.
 */
@Export
@Version("1.2.0")
package io.envtune.testkit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
