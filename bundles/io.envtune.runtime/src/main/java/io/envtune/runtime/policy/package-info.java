/**
 * Policies for testing the platform: the ground-truth oracle and a scripted replayer.
 */
@Export
@Version("1.0.0")
package io.envtune.runtime.policy;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
