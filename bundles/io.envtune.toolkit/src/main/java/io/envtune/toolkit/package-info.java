/**
 * Shared machinery for tool environments, written once for every domain.
 *
 * <p><b>Domains.</b> A domain declares its tools once in a {@link io.envtune.toolkit.ToolTable} (signatures from
 * {@link io.envtune.toolkit.Param}s, plain Java functions over its {@link io.envtune.toolkit.DomainState}); its DS
 * components extend {@link io.envtune.toolkit.TableEnvironment} (instances are
 * {@link io.envtune.toolkit.TableInstance}s), {@link io.envtune.toolkit.TableAugmenter} and
 * {@link io.envtune.toolkit.ResourceTaskSource}. Binding, Python error texts, result-string conversion and failure
 * capture ({@link io.envtune.toolkit.Failed}, {@link io.envtune.toolkit.HintArgs}) come from here.
 *
 * <p><b>The Python value model.</b> Tool arguments, tool return values and environment state are plain Java objects
 * that stand for Python values: {@code null} = None, {@link java.lang.Boolean} = bool, {@link java.lang.Long} = int
 * (and {@link java.math.BigInteger} only when the value does not fit a long), {@link java.lang.Double} = float,
 * {@link java.lang.String} = str, {@link java.util.List} = list, {@link io.envtune.toolkit.value.PyTuple} = tuple,
 * {@link java.util.LinkedHashMap} = dict (insertion order is Python's), {@link java.util.Set} = set, plus
 * {@link io.envtune.toolkit.value.PyDecimal}, {@link io.envtune.toolkit.value.PyComplex}, mpmath's numbers and domain
 * objects implementing {@link io.envtune.toolkit.value.PyObject}. Domains reach the model through four façades:
 * {@link io.envtune.toolkit.PyValues} (types, conversions, equality, ordering, dicts, containers, errors),
 * {@link io.envtune.toolkit.PyText} ({@code repr}, {@code str}, floats, JSON, str methods),
 * {@link io.envtune.toolkit.PyArith} (operators, {@code float(x)}, {@code round}, Decimal and mpmath) and
 * {@link io.envtune.toolkit.PyCalls} (call texts); {@link io.envtune.toolkit.CallExecutor} runs calls as BFCL's
 * executor does. Everything prints and raises exactly as CPython 3.11 would.
 *
 * <p><b>Layering.</b> The implementation lives in two private packages, {@code internal.python} (the value model)
 * and {@code internal.call} (the call parser), each above only the exported value types
 * ({@code io.envtune.toolkit.value}); no class calls back into a class that calls it (checked by
 * {@code ClassCycleTest}).
 */
@Export
@Version("3.0.0")
package io.envtune.toolkit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
