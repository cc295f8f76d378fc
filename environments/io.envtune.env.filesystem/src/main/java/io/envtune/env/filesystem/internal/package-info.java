/**
 * BFCL's GorillaFileSystem as an envtune environment (not exported): the DS component
 * {@link io.envtune.env.filesystem.internal.FileSystemEnvironment}, the state and its {@code File}/{@code Directory}
 * tree, and the tool bodies grouped by what they touch.
 */
package io.envtune.env.filesystem.internal;
