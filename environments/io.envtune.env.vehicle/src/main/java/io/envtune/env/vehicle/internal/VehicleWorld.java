package io.envtune.env.vehicle.internal;

import io.envtune.api.EnvironmentOptions;
import io.envtune.toolkit.PyText;
import io.envtune.toolkit.TableInstance;
import io.envtune.toolkit.generate.LiveCalls;
import io.envtune.toolkit.generate.Request;
import io.envtune.toolkit.generate.Wording;
import java.util.List;
import java.util.Map;

/**
 * One generated task's world while it is written: its wording and the live car the ground truth has reached, loaded
 * from the scenario's JSON as an episode loads it. A chosen request's calls run here at once, through the executor an
 * episode uses, so later requests see the engine, doors, fuel and brakes as they now are, and a call the domain
 * refuses is caught while generating.
 */
final class VehicleWorld {

    final Wording w;
    private final TableInstance<VehicleState> instance;
    private final LiveCalls calls;

    @SuppressWarnings("unchecked")
    VehicleWorld(Wording w, Map<String, Object> scenario) {
        this.w = w;
        this.instance = (TableInstance<VehicleState>) new VehicleEnvironment().create(PyText.dumps(scenario),
            EnvironmentOptions.DEFAULT);
        this.calls = new LiveCalls(instance, VehicleTable.TOOLS.names());
    }

    VehicleState car() {
        return instance.state();
    }

    boolean running() {
        return "running".equals(car().engineState);
    }

    double fuel() {
        return ((Number) car().fuelLevel).doubleValue();
    }

    /** @return the doors whose status is {@code status}, in door order */
    List<String> doors(String status) {
        return VehicleDefaults.DOORS.stream().filter(d -> status.equals(car().doorStatus.get(d))).toList();
    }

    /**
     * @param request a request made for the current state, or null
     * @param room the calls still free in the turn
     * @return the request, its calls run, when it fits the room; else null and nothing runs
     */
    Request offer(Request request, int room) {
        return calls.offer(request, room);
    }
}
