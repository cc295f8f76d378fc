/**
 * BFCL's MessageAPI, ported from its Python reference: state and loading in {@code MessageState}, tool bodies in
 * {@code MessageTools} (users, login) and {@code InboxTools} (messages), the Python operations they need on untyped
 * values in {@code PyOps}. Nothing here is exported; the domain is reached through its
 * {@link io.envtune.api.ToolEnvironment} service.
 */
package io.envtune.env.message.internal;
