/**
 * The Python value model's implementation (private to the bundle): {@code repr}/{@code str}, JSON, float and int
 * texts, types and conversions, equality and ordering, dicts and containers, operators, and MathAPI's Decimal and
 * mpmath numerics, all byte for byte CPython 3.11 (mpmath 1.3.0). Lower classes ({@code StrBasics},
 * {@code Numbers}, {@code NumberText}, {@code JsonQuote}) depend on nothing above them. Domains use the façades
 * {@code PyValues}, {@code PyText} and {@code PyArith} instead.
 */
package io.envtune.toolkit.internal.python;
