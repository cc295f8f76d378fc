package io.envtune.env.vehicle.internal;

import io.envtune.api.TaskGenerator;
import io.envtune.toolkit.PyText;
import io.envtune.toolkit.generate.DraftContext;
import io.envtune.toolkit.generate.DraftGenerator;
import io.envtune.toolkit.generate.Request;
import io.envtune.toolkit.generate.TaskDraft;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.osgi.service.component.annotations.Component;

/**
 * Generates VehicleControlAPI tasks: a random car ({@link VehicleScenarios}) and turns of requests
 * ({@link VehicleDriveAsks}, {@link VehicleCabinAsks}) chosen among those the car's current state allows, each run at
 * once on a live instance ({@link VehicleWorld}) so that the ground truth always replays. Stateless and thread-safe.
 */
@Component(service = TaskGenerator.class)
public final class VehicleGenerator extends DraftGenerator {

    /** The requests, listed more than once where they should come up more often. */
    private static final List<Function<VehicleWorld, Request>> ASKS = List.of(VehicleDriveAsks::start,
        VehicleDriveAsks::start, VehicleDriveAsks::start, VehicleDriveAsks::brake, VehicleDriveAsks::fill,
        VehicleDriveAsks::fill, VehicleDriveAsks::fillLiters, VehicleDriveAsks::parkingBrake,
        VehicleDriveAsks::cruise, VehicleDriveAsks::cruise, VehicleDriveAsks::speed, VehicleDriveAsks::distance,
        VehicleDriveAsks::feasible, VehicleDriveAsks::convert, VehicleDriveAsks::navigate, VehicleDriveAsks::tireShop,
        VehicleCabinAsks::doors, VehicleCabinAsks::doors, VehicleCabinAsks::climate, VehicleCabinAsks::climate,
        VehicleCabinAsks::lights, VehicleCabinAsks::status, VehicleCabinAsks::tires, VehicleCabinAsks::weather,
        VehicleCabinAsks::log, VehicleCabinAsks::zipcode);

    /** Creates the component; it has no configuration. */
    public VehicleGenerator() {
        super(VehicleTable.OWNER, "vehicle");
    }

    @Override
    protected TaskDraft draft(DraftContext context) {
        Map<String, Object> scenario = VehicleScenarios.scenario(context.random());
        VehicleWorld world = new VehicleWorld(context.wording(), scenario);
        TaskDraft draft = new TaskDraft(VehicleTable.OWNER, PyText.dumps(scenario));
        for (int turn = 0; turn < context.turns(); turn++) {
            draft.turn(context.fillTurn(menu(world)));
        }
        return draft;
    }

    /** @return the menu for {@link DraftContext#fillTurn}: each maker runs the request it gives on the world */
    private static List<IntFunction<Request>> menu(VehicleWorld world) {
        return ASKS.stream().map(ask -> (IntFunction<Request>) room -> world.offer(ask.apply(world), room)).toList();
    }
}
