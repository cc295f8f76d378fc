/**
 * Local policies on DJL: {@link io.envtune.policy.djl.DjlPolicies} loads a Hugging Face model folder (or the built-in
 * tiny model written by {@link io.envtune.policy.djl.BuiltinModel}) as a {@link io.envtune.api.TrainablePolicy}.
 * Plain Java only: no DJL type crosses this package.
 */
@Export
@Version("1.0.0")
package io.envtune.policy.djl;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
