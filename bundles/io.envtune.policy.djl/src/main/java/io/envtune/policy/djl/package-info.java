/**
 * Local policies on DJL: {@link io.envtune.policy.djl.DjlPolicies} loads a Hugging Face model folder (or the built-in
 * tiny model written by {@link io.envtune.policy.djl.BuiltinModel}) as a {@link io.envtune.api.TrainablePolicy}.
 * Plain Java only: no DJL type crosses this package. Not exported: no other bundle imports it; other bundles reach
 * these policies through the {@link io.envtune.api.PolicyProvider} service ({@code djl:builtin}, {@code djl:DIR}).
 */
package io.envtune.policy.djl;
