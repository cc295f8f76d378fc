package io.envtune.bfcl;

import io.envtune.api.ToolEnvironment;
import io.envtune.env.filesystem.internal.FileSystemEnvironment;
import io.envtune.env.math.internal.MathEnvironment;
import io.envtune.env.message.internal.MessageEnvironment;
import io.envtune.env.posting.internal.PostingEnvironment;
import io.envtune.env.ticket.internal.TicketEnvironment;
import io.envtune.env.trading.internal.TradingEnvironment;
import io.envtune.env.travel.internal.TravelEnvironment;
import io.envtune.env.vehicle.internal.VehicleEnvironment;
import io.envtune.testkit.BfclFixtures;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The shared BFCL folder and the eight domain environments, built with {@code new} as DS would. */
final class TestSupport {

    private TestSupport() {
    }

    /** @return {@code shared/bfcl}, or the test is skipped when it cannot be found */
    static Path bfclDir() {
        return BfclFixtures.bfclDirOrSkip();
    }

    /** @return BFCL class name to a fresh environment component, for the eight domains */
    static Map<String, ToolEnvironment> environments() {
        Map<String, ToolEnvironment> out = new LinkedHashMap<>();
        List.of(new FileSystemEnvironment(), new MathEnvironment(), new MessageEnvironment(), new PostingEnvironment(),
                new TicketEnvironment(), new TradingEnvironment(), new TravelEnvironment(), new VehicleEnvironment())
            .forEach(env -> out.put(env.id(), env));
        return out;
    }
}
