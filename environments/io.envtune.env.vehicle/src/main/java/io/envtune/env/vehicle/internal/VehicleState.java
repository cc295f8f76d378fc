package io.envtune.env.vehicle.internal;

import io.envtune.toolkit.DomainState;
import io.envtune.toolkit.PyRandom;
import io.envtune.toolkit.PyValues;
import java.util.Map;

/**
 * The state of one car: the public attributes of BFCL's {@code VehicleControlAPI} plus its private brake and slope
 * values, its random generator and, in long-context mode, its padding. Attribute values are Python values of any
 * type, because tools store arguments unchecked (as the reference does). Confined to one thread at a time.
 */
public final class VehicleState implements DomainState {

    Object fuelLevel;
    Object batteryVoltage;
    Object engineState;
    long remainingUnlockedDoors;
    Map<String, Object> doorStatus;
    Object acTemperature;
    Object fanSpeed;
    Object acMode;
    Object humidityLevel;
    Object headLightStatus;
    Object parkingBrakeStatus;
    /** Private in the reference ({@code _parkingBrakeForce}): printed by some tools, never compared. */
    Object parkingBrakeForce;
    /** Private in the reference ({@code _slopeAngle}). */
    Object slopeAngle;
    Object brakePedalStatus;
    /** Private in the reference ({@code _brakePedalForce}). */
    Object brakePedalForce;
    Object distanceToNextVehicle;
    Object cruiseStatus;
    Object destination;
    Object frontLeftTirePressure;
    Object frontRightTirePressure;
    Object rearLeftTirePressure;
    Object rearRightTirePressure;

    private final VehicleLongContext longContext;
    private final PyRandom random;

    /**
     * Loads a scenario the way the reference's {@code _load_scenario} does: every key falls back to the default
     * state, the engine state comes from key {@code engineState}, the private values from {@code parkingBrakeForce},
     * {@code slopeAngle} and {@code brakePedalForce}, and {@code remainingUnlockedDoors} is recomputed from the doors
     * (a scenario value for it is ignored).
     *
     * @param scenario the scenario dict (copied, never kept)
     * @param longContext the instance's padding, or null when long context is off
     * @throws IllegalArgumentException when {@code doorStatus} is not a dict or {@code random_seed} not an int
     */
    VehicleState(Map<String, Object> scenario, VehicleLongContext longContext) {
        @SuppressWarnings("unchecked")
        Map<String, Object> sc = (Map<String, Object>) PyValues.deepCopy(scenario);
        this.longContext = longContext;
        this.random = new PyRandom(seed(sc));
        fuelLevel = value(sc, "fuelLevel");
        batteryVoltage = value(sc, "batteryVoltage");
        engineState = value(sc, "engineState");
        doorStatus = doors(sc);
        remainingUnlockedDoors = 4 - doorStatus.values().stream().filter("locked"::equals).count();
        acTemperature = value(sc, "acTemperature");
        fanSpeed = value(sc, "fanSpeed");
        acMode = value(sc, "acMode");
        humidityLevel = value(sc, "humidityLevel");
        headLightStatus = value(sc, "headLightStatus");
        parkingBrakeStatus = value(sc, "parkingBrakeStatus");
        parkingBrakeForce = value(sc, "parkingBrakeForce");
        slopeAngle = value(sc, "slopeAngle");
        brakePedalStatus = value(sc, "brakePedalStatus");
        brakePedalForce = value(sc, "brakePedalForce");
        distanceToNextVehicle = value(sc, "distanceToNextVehicle");
        cruiseStatus = value(sc, "cruiseStatus");
        destination = value(sc, "destination");
        frontLeftTirePressure = value(sc, "frontLeftTirePressure");
        frontRightTirePressure = value(sc, "frontRightTirePressure");
        rearLeftTirePressure = value(sc, "rearLeftTirePressure");
        rearRightTirePressure = value(sc, "rearRightTirePressure");
    }

    /**
     * {@inheritDoc}
     *
     * <p>Order: the reference's attribute order, ending with {@code long_context}.
     */
    @Override
    public Map<String, Object> attributes() {
        return PyValues.dict("fuelLevel", fuelLevel, "batteryVoltage", batteryVoltage, "engine_state", engineState,
            "remainingUnlockedDoors", remainingUnlockedDoors, "doorStatus", doorStatus, "acTemperature", acTemperature,
            "fanSpeed", fanSpeed, "acMode", acMode, "humidityLevel", humidityLevel, "headLightStatus", headLightStatus,
            "parkingBrakeStatus", parkingBrakeStatus, "brakePedalStatus", brakePedalStatus,
            "distanceToNextVehicle", distanceToNextVehicle, "cruiseStatus", cruiseStatus, "destination", destination,
            "frontLeftTirePressure", frontLeftTirePressure, "frontRightTirePressure", frontRightTirePressure,
            "rearLeftTirePressure", rearLeftTirePressure, "rearRightTirePressure", rearRightTirePressure,
            "long_context", longContext != null);
    }

    /** @return the long-context padding, or null when long context is off */
    VehicleLongContext longContext() {
        return longContext;
    }

    /** @return the instance's random generator (seeded like the reference) */
    PyRandom random() {
        return random;
    }

    private static Object value(Map<String, Object> scenario, String key) {
        // dict.get(key, default): a key present with None keeps None.
        return scenario.containsKey(key) ? scenario.get(key) : VehicleDefaults.SCALARS.get(key);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> doors(Map<String, Object> scenario) {
        if (!scenario.containsKey("doorStatus")) {
            return VehicleDefaults.doorStatus();
        }
        if (scenario.get("doorStatus") instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new IllegalArgumentException("VehicleControlAPI scenario: doorStatus must be an object");
    }

    private static long seed(Map<String, Object> scenario) {
        Object seed = scenario.getOrDefault("random_seed", VehicleDefaults.RANDOM_SEED);
        if (seed instanceof Long l) {
            return l;
        }
        throw new IllegalArgumentException("VehicleControlAPI scenario: random_seed must be an integer");
    }
}
