/**
 * Python call parsing (private to the bundle): CPython 3.11's tokenizer ({@code CallLexer} over {@code SourceCursor},
 * with the literal scanners below it), the argument and expression parsers, and the evaluation budget, with CPython's
 * syntax-error texts. Depends on the value model, never the reverse. Readers use the façade {@code PyCalls} and the
 * executor {@code CallExecutor}.
 */
package io.envtune.toolkit.internal.call;
