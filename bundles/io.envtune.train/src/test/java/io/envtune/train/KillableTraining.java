package io.envtune.train;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A training run in its own JVM, for the kill-and-resume test: {@code KillableTraining DIR STEPS} starts or resumes
 * the run in DIR and trains to STEPS.
 */
public final class KillableTraining {

    private KillableTraining() {
    }

    /**
     * @param args the run folder and the total steps
     * @throws Exception when the run fails
     */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        BuiltinFixture f = new BuiltinFixture();
        f.run(dir, Integer.parseInt(args[1]), f.policy(), Files.exists(dir.resolve("state.json")));
    }
}
