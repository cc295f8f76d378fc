/**
 * The value types of the Python value model that domains name: {@link io.envtune.toolkit.value.PyException} (what a
 * tool throws where Python raises), {@link io.envtune.toolkit.value.PyTuple}, {@link io.envtune.toolkit.value.PyComplex},
 * {@link io.envtune.toolkit.value.PyDecimal}, {@link io.envtune.toolkit.value.PyObject} (a domain object with a Python
 * class name) and {@link io.envtune.toolkit.value.NotSerializableException}. Plain immutable values that depend on
 * nothing else of the toolkit; the operations on them are the façades in {@link io.envtune.toolkit}.
 */
@Export
@Version("1.0.0")
package io.envtune.toolkit.value;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
