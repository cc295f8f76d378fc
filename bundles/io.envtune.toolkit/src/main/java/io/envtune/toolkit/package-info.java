/**
 * Shared machinery for tool environments, written once for every domain.
 *
 * <p><b>The Python value model.</b> Tool arguments, tool return values and environment state are plain Java objects
 * that stand for Python values: {@code null} = None, {@link java.lang.Boolean} = bool, {@link java.lang.Long} = int
 * (and {@link java.math.BigInteger} only when the value does not fit a long), {@link java.lang.Double} = float,
 * {@link java.lang.String} = str, {@link java.util.List} = list, {@link io.envtune.toolkit.PyTuple} = tuple,
 * {@link java.util.LinkedHashMap} = dict (insertion order is Python's), {@link java.util.Set} = set, plus
 * {@link io.envtune.toolkit.PyDecimal}, {@link io.envtune.toolkit.Mpf}, {@link io.envtune.toolkit.Mpc},
 * {@link io.envtune.toolkit.PyComplex}, {@link io.envtune.toolkit.PyEllipsis} and domain objects implementing
 * {@link io.envtune.toolkit.PyObject}. Formatters ({@link io.envtune.toolkit.PyRepr}, {@link io.envtune.toolkit.PyJson},
 * {@link io.envtune.toolkit.PyFloat}) print them exactly as CPython 3.11 would.
 *
 * <p><b>Domains.</b> A domain declares its tools once in a {@link io.envtune.toolkit.ToolTable} (signature + plain
 * Java function over its state); its DS components extend {@link io.envtune.toolkit.TableEnvironment} (instances are
 * {@link io.envtune.toolkit.TableInstance}s) and {@link io.envtune.toolkit.ResourceTaskSource}. Binding, Python error
 * texts, result-string conversion, failure capture and the Python operations tools apply to untyped arguments
 * ({@link io.envtune.toolkit.PyOps}, {@link io.envtune.toolkit.PyCompare}, {@link io.envtune.toolkit.PyDicts},
 * {@link io.envtune.toolkit.PyContainers}) come from here, written once.
 */
@Export
@Version("2.0.0")
package io.envtune.toolkit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
