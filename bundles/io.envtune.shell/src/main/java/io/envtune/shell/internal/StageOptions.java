package io.envtune.shell.internal;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The one declaration of {@code envtune:stage}'s options. */
@Command(description = "Show a run's curriculum stage, ask the run to move to the next stage, or show what the "
    + "platform would train on: a stage's tasks in order, or the train/validation/test split.")
final class StageOptions {

    /** What {@code envtune:stage} does. */
    enum Action { show, next, tasks, split }

    @Option(names = "--action", paramLabel = "ACTION", description = "One of: ${COMPLETION-CANDIDATES}.")
    Action action = Action.show;

    @Option(names = "--run", paramLabel = "DIR", description = "The run folder (show, next).")
    String run;

    @Option(names = "--stage", paramLabel = "NAME", description = "Stage name for --action tasks.")
    String stage = "current";

    @Mixin
    TaskOptions tasks = new TaskOptions();

    @Option(names = "--seed", paramLabel = "N", description = "Split seed (tasks, split).")
    long seed = 7;
}
