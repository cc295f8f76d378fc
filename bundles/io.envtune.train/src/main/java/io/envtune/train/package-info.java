/**
 * The Environment-Tuning training loop: {@link io.envtune.train.TrainingRun} drives a
 * {@link io.envtune.api.TrainablePolicy} through the curriculum's stages on a {@link io.envtune.platform.TaskPool},
 * writing a run folder (configuration, metrics, records, checkpoints, summary) that survives a kill.
 */
@Export
@Version("3.2.0")
package io.envtune.train;


import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
