/**
 * The envtune service contracts and data model.
 *
 * <p>Tool environments, feedback augmenters, reward functions, curriculum schedulers, policies and task sources are
 * OSGi services registered under the interfaces of this package; the records are the immutable values they exchange.
 * Nothing here depends on an implementation: values of tool arguments and environment state follow the Python value
 * model documented on {@link io.envtune.api.ToolCall}.
 */
@Export
@Version("2.2.0")
package io.envtune.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
