package io.envtune.env.posting.internal;

import io.envtune.api.ToolEnvironment;
import io.envtune.testkit.FixtureReplayTest;

/**
 * Replays the BFCL reference fixtures on TwitterAPI: its probe lines, the ground truth of every golden entry involving
 * it and the perturbed model trajectories of those entries, byte for byte (see {@link FixtureReplayTest}).
 */
public final class PostingFixtureTest extends FixtureReplayTest {

    @Override
    protected ToolEnvironment environment() {
        return new PostingEnvironment();
    }
}
