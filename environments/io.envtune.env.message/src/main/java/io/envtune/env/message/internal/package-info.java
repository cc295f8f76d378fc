/**
 * BFCL's MessageAPI, ported from its Python reference: state and loading in {@code MessageState}, tool bodies in
 * {@code MessageTools} (users, login) and {@code InboxTools} (messages), the MessageAPI-specific Python operations in
 * {@code MessageValues} (the general ones come from the toolkit). Nothing here is exported; the domain is reached
 * through its {@link io.envtune.api.ToolEnvironment} service.
 */
package io.envtune.env.message.internal;
