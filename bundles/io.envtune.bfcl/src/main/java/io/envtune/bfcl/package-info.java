/**
 * BFCL multi-turn evaluation on top of the envtune tool environments.
 *
 * <p>{@link io.envtune.bfcl.BfclDataset} loads the four splits (questions, ground truth, func docs) into
 * {@link io.envtune.api.Task}s; {@link io.envtune.bfcl.EpisodeEnvironments} is one trajectory's live instance set with
 * BFCL's executor; {@link io.envtune.bfcl.GroundTruthReplay} reproduces the golden fixtures;
 * {@link io.envtune.bfcl.MultiTurnChecker} and {@link io.envtune.bfcl.IrrelevanceChecker} are BFCL's checkers;
 * {@link io.envtune.bfcl.TrajectoryCheck} scores a line of model output and {@link io.envtune.bfcl.Accuracy}
 * aggregates verdicts. Environments are found through a {@code Function<String, ToolEnvironment>} from BFCL class
 * name to environment, so callers can back it with the OSGi service registry or with plain objects in tests.
 */
@Export
@Version("1.0.0")
package io.envtune.bfcl;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
