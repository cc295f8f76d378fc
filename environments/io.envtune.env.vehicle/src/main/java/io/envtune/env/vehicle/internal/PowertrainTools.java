package io.envtune.env.vehicle.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.BoundArgs;
import io.envtune.toolkit.PyArith;
import io.envtune.toolkit.PyText;
import io.envtune.toolkit.PyValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Engine, fuel, brakes and cruise control. Each method is one tool: it takes the state and the bound arguments and
 * returns what the reference returns, checking in the reference's order (which decides both the message and what
 * was already changed when a later check fails).
 */
final class PowertrainTools {

    private PowertrainTools() {
    }

    /** {@code startEngine(ignitionMode)}: {@code STOP} stops the engine first, yet still ends as an invalid mode. */
    static Object startEngine(VehicleState s, BoundArgs a) {
        Object mode = a.get("ignitionMode");
        if ("STOP".equals(mode)) {
            s.engineState = "stopped";
        }
        if (s.remainingUnlockedDoors > 0) {
            String doors = String.join(", ", unlockedDoors(s.doorStatus));
            return Dicts.error("All doors must be locked before starting the engine. Here are the unlocked doors: "
                    + doors, FailureKind.PRECONDITION_FAILED, null, "unlocked doors: " + doors);
        }
        if (!"pressed".equals(s.brakePedalStatus)) {
            return Dicts.error("Brake pedal needs to be pressed when starting the engine.",
                    FailureKind.PRECONDITION_FAILED, null, "brake pedal not pressed");
        }
        if (!PyValues.eq(s.brakePedalForce, VehicleDefaults.FULL_BRAKE_FORCE)) {
            return Dicts.error("Must press the brake fully before starting the engine.",
                    FailureKind.PRECONDITION_FAILED, null, "brake force " + PyText.repr(s.brakePedalForce));
        }
        if (PyValues.lt(s.fuelLevel, VehicleDefaults.MIN_FUEL_LEVEL)) {
            return Dicts.error("Fuel tank is empty.", FailureKind.PRECONDITION_FAILED, null, "no fuel");
        }
        if (!"START".equals(mode)) {
            return Dicts.error("Invalid ignition mode.", FailureKind.INVALID_VALUE, "ignitionMode",
                    PyText.repr(mode));
        }
        s.engineState = "running";
        return PyValues.dict("engineState", s.engineState, "fuelLevel", s.fuelLevel, "batteryVoltage", s.batteryVoltage);
    }

    /** {@code fillFuelTank(fuelAmount)}: adds gallons, refusing negative amounts and overfilling. */
    static Object fillFuelTank(VehicleState s, BoundArgs a) {
        Object amount = a.get("fuelAmount");
        if (PyValues.lt(amount, 0L)) {
            return Dicts.error("Fuel amount cannot be negative.", FailureKind.INVALID_VALUE, "fuelAmount",
                    PyText.repr(amount));
        }
        Object total = PyArith.add(s.fuelLevel, amount);
        if (PyValues.gt(total, VehicleDefaults.MAX_FUEL_LEVEL)) {
            return Dicts.error("Cannot fill gas above the tank capacity.", FailureKind.INVALID_VALUE, "fuelAmount",
                    "level " + PyText.repr(s.fuelLevel) + " + " + PyText.repr(amount) + " > capacity 50");
        }
        if (PyValues.lt(total, VehicleDefaults.MIN_FUEL_LEVEL)) {
            return Dicts.error("Fuel level cannot be below 0 gallons.", FailureKind.INVALID_VALUE, "fuelAmount",
                    PyText.repr(amount));
        }
        s.fuelLevel = total;
        return PyValues.dict("fuelLevel", s.fuelLevel);
    }

    /** {@code pressBrakePedal(pedalPosition)}: 0 releases; otherwise the force is position × 1000. */
    static Object pressBrakePedal(VehicleState s, BoundArgs a) {
        Object position = a.get("pedalPosition");
        if (!(PyValues.le(0L, position) && PyValues.le(position, 1L))) {
            return Dicts.error("Pedal position must be between 0 and 1.", FailureKind.INVALID_VALUE,
                    "pedalPosition", PyText.repr(position));
        }
        if (PyValues.eq(position, 0L)) {
            return releaseBrakePedal(s, a);
        }
        // Stored as computed (an int for an int position), printed as a float.
        Object force = PyArith.mul(position, 1000L);
        s.brakePedalStatus = "pressed";
        s.brakePedalForce = force;
        return PyValues.dict("brakePedalStatus", "pressed", "brakePedalForce", PyValues.toDouble(force));
    }

    /** {@code releaseBrakePedal()}. */
    static Object releaseBrakePedal(VehicleState s, BoundArgs a) {
        s.brakePedalStatus = "released";
        s.brakePedalForce = 0.0;
        return PyValues.dict("brakePedalStatus", "released", "brakePedalForce", 0.0);
    }

    /** {@code activateParkingBrake(mode)}: both modes set the slope to 10 degrees. */
    static Object activateParkingBrake(VehicleState s, BoundArgs a) {
        Object mode = a.get("mode");
        boolean engage = "engage".equals(mode);
        if (!engage && !"release".equals(mode)) {
            return Dicts.error("Invalid mode", FailureKind.INVALID_VALUE, "mode", PyText.repr(mode));
        }
        s.parkingBrakeStatus = engage ? "engaged" : "released";
        s.parkingBrakeForce = engage ? 500.0 : 0.0;
        s.slopeAngle = 10.0;
        Map<String, Object> out = PyValues.dict();
        if (s.longContext() != null) {
            out.put("parkingBrakeInstruction", s.longContext().parkingBrakeInstruction());
        }
        out.put("parkingBrakeStatus", s.parkingBrakeStatus);
        out.put("_parkingBrakeForce", s.parkingBrakeForce);
        out.put("_slopeAngle", s.slopeAngle);
        return out;
    }

    /**
     * {@code setCruiseControl(speed, activate, distanceToNextVehicle)}: both numbers go through {@code float()};
     * activation stores the distance before the speed is validated.
     */
    static Object setCruiseControl(VehicleState s, BoundArgs a) {
        double speed = PyValues.toDouble(a.get("speed"));
        double distance = PyValues.toDouble(a.get("distanceToNextVehicle"));
        if ("stopped".equals(s.engineState)) {
            return Dicts.error("Start the engine before activating the cruise control.",
                    FailureKind.PRECONDITION_FAILED, null, "engine stopped");
        }
        if (!PyValues.truthy(a.get("activate"))) {
            s.cruiseStatus = "inactive";
            s.distanceToNextVehicle = distance;
            return PyValues.dict("cruiseStatus", "inactive", "currentSpeed", speed, "distanceToNextVehicle", distance);
        }
        s.distanceToNextVehicle = distance;
        if (speed < 0 || speed > 120 || (double) PyArith.mod(speed, 5L) != 0) {
            return Dicts.error("Invalid speed", FailureKind.INVALID_VALUE, "speed",
                    "must be 0..120 in steps of 5, got " + PyText.repr(speed));
        }
        s.cruiseStatus = "active";
        return PyValues.dict("cruiseStatus", "active", "currentSpeed", speed, "distanceToNextVehicle", distance);
    }

    /** {@code get_current_speed()}: a random speed, drawn from the instance RNG. */
    static Object getCurrentSpeed(VehicleState s, BoundArgs a) {
        return PyValues.dict("currentSpeed", s.random().uniform(0.0, 120.0));
    }

    private static List<String> unlockedDoors(Map<String, Object> doors) {
        List<String> out = new ArrayList<>();
        doors.forEach((door, status) -> {
            if ("unlocked".equals(status)) {
                out.add(door);
            }
        });
        return out;
    }
}
