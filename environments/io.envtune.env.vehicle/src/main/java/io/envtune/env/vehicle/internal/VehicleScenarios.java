package io.envtune.env.vehicle.internal;

import io.envtune.toolkit.PyValues;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Random VehicleControlAPI starting states for the generator: fuel, battery, doors, climate, lights, brakes and tire
 * pressures drawn per task. A running engine comes with every door locked; otherwise all doors are locked or each
 * is drawn, and the brake pedal is sometimes held down fully, so that starting the engine needs zero to two
 * preparing calls.
 */
final class VehicleScenarios {

    private VehicleScenarios() {
    }

    /**
     * @param r the task's random numbers
     * @return a {@code VehicleControlAPI} scenario in the Python value model
     */
    static Map<String, Object> scenario(SplittableRandom r) {
        boolean running = r.nextInt(10) < 3;
        Map<String, Object> doors = new LinkedHashMap<>();
        boolean allLocked = running || r.nextInt(10) < 4;
        VehicleDefaults.DOORS.forEach(d -> doors.put(d, allLocked || r.nextBoolean() ? "locked" : "unlocked"));
        boolean parked = r.nextInt(3) == 0;
        Map<String, Object> s = PyValues.dict("fuelLevel", tenths(r, 2, 45), "batteryVoltage", tenths(r, 12.1, 12.9),
            "engineState", running ? "running" : "stopped", "doorStatus", doors,
            "acTemperature", (double) (17 + r.nextInt(12)), "fanSpeed", (long) (5 * r.nextInt(21)),
            "acMode", pick(r, "auto", "cool", "heat"), "humidityLevel", (double) (30 + r.nextInt(41)),
            "headLightStatus", pick(r, "on", "off"), "parkingBrakeStatus", parked ? "engaged" : "released",
            "parkingBrakeForce", parked ? 500.0 : 0.0, "slopeAngle", 0.0);
        boolean braking = !running && r.nextInt(4) == 0;
        s.put("brakePedalStatus", braking ? "pressed" : "released");
        s.put("brakePedalForce", braking ? 1000.0 : 0.0);
        s.put("distanceToNextVehicle", (double) (20 + 5 * r.nextInt(17)));
        s.put("cruiseStatus", "inactive");
        s.put("destination", "None");
        for (String tire : new String[] {"frontLeft", "frontRight", "rearLeft", "rearRight"}) {
            s.put(tire + "TirePressure", tenths(r, 27, 36));
        }
        return s;
    }

    /** @return a number in [lo, hi] with one decimal */
    static double tenths(SplittableRandom r, double lo, double hi) {
        return Math.round((lo + r.nextDouble() * (hi - lo)) * 10) / 10.0;
    }

    private static String pick(SplittableRandom r, String... items) {
        return items[r.nextInt(items.length)];
    }
}
