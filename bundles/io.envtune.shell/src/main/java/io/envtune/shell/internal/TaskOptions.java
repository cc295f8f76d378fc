package io.envtune.shell.internal;

import io.envtune.platform.TaskOrigin;
import picocli.CommandLine.Option;

/** The options that name a command's tasks, shared (as a picocli mixin) by every command that plays tasks. */
final class TaskOptions {

    @Option(names = "--bfcl", paramLabel = "DIR", description = "BFCL data folder (or a gorilla checkout); omit for "
        + "the built-in tasks.")
    String bfcl;

    @Option(names = "--tasks", paramLabel = "FILE", description = "JSON Lines tasks file in the BFCL task format.")
    String tasks;

    @Option(names = "--source", paramLabel = "ID", description = "Only the built-in tasks of this task source, e.g. "
        + "builtin.KeyValueStore.")
    String source;

    /** @return the tasks these options name */
    TaskOrigin origin() {
        return TaskOrigin.of(text(bfcl), text(tasks), text(source));
    }

    /** @return whether any of the options was given */
    boolean given() {
        return bfcl != null || tasks != null || source != null;
    }

    static String text(String value) {
        return value == null ? "" : value;
    }
}
