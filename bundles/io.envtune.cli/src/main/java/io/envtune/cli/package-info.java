/**
 * The argument layer of envtune's commands: {@link io.envtune.cli.CommandArgs} parses a command's raw words into its
 * options object (declared once with picocli's {@code @Option} and envtune's {@link io.envtune.cli.Range}), answers
 * {@code --help}, and refuses bad input with one {@link io.envtune.cli.ArgumentException} line; a file error of the
 * command itself becomes one line too ({@link io.envtune.cli.FileErrors}).
 */
@Export
@Version("1.1.0")
package io.envtune.cli;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
