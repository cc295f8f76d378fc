/**
 * Test support shared by every environment module: {@link io.envtune.testkit.BfclFixtures} finds and reads the BFCL
 * reference folder ({@code shared/bfcl}) by path, and {@link io.envtune.testkit.EnvironmentContractTest} is the
 * conformance test every {@link io.envtune.api.ToolEnvironment} runs by extending it.
 */
@Export
@Version("1.0.0")
package io.envtune.testkit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
