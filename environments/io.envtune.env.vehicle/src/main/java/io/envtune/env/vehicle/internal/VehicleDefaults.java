package io.envtune.env.vehicle.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixed facts of the VehicleControlAPI domain: the default scenario, the tank and battery limits, the known
 * zipcode distances and the city-to-zipcode table. Values are the reference's, in the Python value model
 * (Long for int literals, Double for float literals).
 */
final class VehicleDefaults {

    /** Seed of the instance RNG when the scenario names none. */
    static final long RANDOM_SEED = 141053L;

    /** Tank capacity in gallons (an int in the reference, which matters only for error texts). */
    static final Long MAX_FUEL_LEVEL = 50L;

    /** Lowest fuel level. */
    static final Double MIN_FUEL_LEVEL = 0.0;

    /** Miles per gallon used by the feasibility estimate. */
    static final Double MILE_PER_GALLON = 20.0;

    /** Brake force the engine start requires: the pedal pressed fully. */
    static final Double FULL_BRAKE_FORCE = 1000.0;

    /** Address returned by {@code find_nearest_tire_shop}. */
    static final String TIRE_SHOP = "456 Oakwood Avenue, Rivermist, 83214";

    /** Zipcode returned for a city that is not in the table. */
    static final String UNKNOWN_ZIPCODE = "00000";

    /** Door names of the default door status, in order. */
    static final List<String> DOORS = List.of("driver", "passenger", "rear_left", "rear_right");

    /**
     * Scalar defaults by scenario key; {@code doorStatus} is built fresh by {@link #doorStatus()} because it is
     * mutable state.
     */
    static final Map<String, Object> SCALARS = scalars();

    /** Known distances in km between two zipcodes, each pair stored once; lookups try both orders. */
    static final Map<List<String>, Double> DISTANCES = distances();

    /** City name to zipcode. */
    static final Map<String, String> ZIPCODES = zipcodes();

    private VehicleDefaults() {
    }

    /** @return a fresh default door status: every door unlocked */
    static LinkedHashMap<String, Object> doorStatus() {
        LinkedHashMap<String, Object> doors = new LinkedHashMap<>();
        DOORS.forEach(d -> doors.put(d, "unlocked"));
        return doors;
    }

    /**
     * @param zipA one zipcode
     * @param zipB the other zipcode
     * @return the distance between them in km, or null when the pair is unknown
     */
    static Double distance(String zipA, String zipB) {
        Double d = DISTANCES.get(List.of(zipA, zipB));
        return d != null ? d : DISTANCES.get(List.of(zipB, zipA));
    }

    private static Map<String, Object> scalars() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fuelLevel", 0.0);
        m.put("batteryVoltage", 12.6);
        m.put("engineState", "stopped");
        m.put("acTemperature", 25.0);
        m.put("fanSpeed", 50L);
        m.put("acMode", "auto");
        m.put("humidityLevel", 50.0);
        m.put("headLightStatus", "off");
        m.put("parkingBrakeStatus", "released");
        m.put("parkingBrakeForce", 0.0);
        m.put("slopeAngle", 0.0);
        m.put("brakePedalStatus", "released");
        m.put("brakePedalForce", 0.0);
        m.put("distanceToNextVehicle", 50.0);
        m.put("cruiseStatus", "inactive");
        // The reference's default destination is the string "None", not Python's None.
        m.put("destination", "None");
        m.put("frontLeftTirePressure", 32.0);
        m.put("frontRightTirePressure", 32.0);
        m.put("rearLeftTirePressure", 30.0);
        m.put("rearRightTirePressure", 30.0);
        return Map.copyOf(m);
    }

    private static Map<List<String>, Double> distances() {
        Map<List<String>, Double> m = new LinkedHashMap<>();
        m.put(List.of("83214", "74532"), 750.0);
        m.put(List.of("56108", "62947"), 320.0);
        m.put(List.of("71354", "83462"), 450.0);
        m.put(List.of("47329", "52013"), 290.0);
        m.put(List.of("69238", "51479"), 630.0);
        m.put(List.of("94016", "83214"), 980.0);
        m.put(List.of("94016", "94704"), 600.0);
        m.put(List.of("94704", "08540"), 2550.0);
        m.put(List.of("94016", "08540"), 1950.0);
        m.put(List.of("62947", "47329"), 1053.0);
        m.put(List.of("94016", "62947"), 780.0);
        m.put(List.of("74532", "94016"), 880.0);
        return Map.copyOf(m);
    }

    private static Map<String, String> zipcodes() {
        return Map.ofEntries(
                Map.entry("Rivermist", "83214"),
                Map.entry("Stonebrook", "74532"),
                Map.entry("Maplecrest", "56108"),
                Map.entry("Silverpine", "62947"),
                Map.entry("Shadowridge", "71354"),
                Map.entry("Sunset Valley", "83462"),
                Map.entry("Oakendale", "47329"),
                Map.entry("Willowbend", "52013"),
                Map.entry("Crescent Hollow", "69238"),
                Map.entry("Autumnville", "51479"),
                Map.entry("San Francisco", "94016"));
    }
}
