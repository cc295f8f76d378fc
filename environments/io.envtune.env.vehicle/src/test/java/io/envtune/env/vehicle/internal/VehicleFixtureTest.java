package io.envtune.env.vehicle.internal;

import io.envtune.api.ToolEnvironment;
import io.envtune.testkit.FixtureReplayTest;

/**
 * Replays the BFCL reference fixtures on VehicleControlAPI: its probe lines, the ground truth of every golden entry
 * involving it and the perturbed model trajectories of those entries, byte for byte (see {@link FixtureReplayTest}).
 */
public final class VehicleFixtureTest extends FixtureReplayTest {

    @Override
    protected ToolEnvironment environment() {
        return new VehicleEnvironment();
    }
}
