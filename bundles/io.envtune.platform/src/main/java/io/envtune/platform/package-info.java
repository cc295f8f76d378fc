/**
 * The one hallway below the shell and the server: {@link io.envtune.platform.Plugins} (the checked, dynamic plug-in
 * registry), {@link io.envtune.platform.TaskCatalog} (named or built-in tasks in one order) with
 * {@link io.envtune.platform.TaskPool} (the train/validation/test split and the stage rule), and
 * {@link io.envtune.platform.WeightedReward} (the one weighted sum of rewards).
 */
@Export
@Version("1.1.0")
package io.envtune.platform;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
