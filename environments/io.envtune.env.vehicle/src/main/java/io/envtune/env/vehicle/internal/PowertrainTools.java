package io.envtune.env.vehicle.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.BoundArgs;
import io.envtune.toolkit.PyCompare;
import io.envtune.toolkit.PyDicts;
import io.envtune.toolkit.PyEquality;
import io.envtune.toolkit.PyOps;
import io.envtune.toolkit.PyRepr;
import io.envtune.toolkit.PyTypes;
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
        if (!PyEquality.eq(s.brakePedalForce, VehicleDefaults.FULL_BRAKE_FORCE)) {
            return Dicts.error("Must press the brake fully before starting the engine.",
                    FailureKind.PRECONDITION_FAILED, null, "brake force " + PyRepr.repr(s.brakePedalForce));
        }
        if (PyCompare.lt(s.fuelLevel, VehicleDefaults.MIN_FUEL_LEVEL)) {
            return Dicts.error("Fuel tank is empty.", FailureKind.PRECONDITION_FAILED, null, "no fuel");
        }
        if (!"START".equals(mode)) {
            return Dicts.error("Invalid ignition mode.", FailureKind.INVALID_VALUE, "ignitionMode",
                    PyRepr.repr(mode));
        }
        s.engineState = "running";
        return PyDicts.of("engineState", s.engineState, "fuelLevel", s.fuelLevel, "batteryVoltage", s.batteryVoltage);
    }

    /** {@code fillFuelTank(fuelAmount)}: adds gallons, refusing negative amounts and overfilling. */
    static Object fillFuelTank(VehicleState s, BoundArgs a) {
        Object amount = a.get("fuelAmount");
        if (PyCompare.lt(amount, 0L)) {
            return Dicts.error("Fuel amount cannot be negative.", FailureKind.INVALID_VALUE, "fuelAmount",
                    PyRepr.repr(amount));
        }
        Object total = PyOps.add(s.fuelLevel, amount);
        if (PyCompare.gt(total, VehicleDefaults.MAX_FUEL_LEVEL)) {
            return Dicts.error("Cannot fill gas above the tank capacity.", FailureKind.INVALID_VALUE, "fuelAmount",
                    "level " + PyRepr.repr(s.fuelLevel) + " + " + PyRepr.repr(amount) + " > capacity 50");
        }
        if (PyCompare.lt(total, VehicleDefaults.MIN_FUEL_LEVEL)) {
            return Dicts.error("Fuel level cannot be below 0 gallons.", FailureKind.INVALID_VALUE, "fuelAmount",
                    PyRepr.repr(amount));
        }
        s.fuelLevel = total;
        return PyDicts.of("fuelLevel", s.fuelLevel);
    }

    /** {@code pressBrakePedal(pedalPosition)}: 0 releases; otherwise the force is position × 1000. */
    static Object pressBrakePedal(VehicleState s, BoundArgs a) {
        Object position = a.get("pedalPosition");
        if (!(PyCompare.le(0L, position) && PyCompare.le(position, 1L))) {
            return Dicts.error("Pedal position must be between 0 and 1.", FailureKind.INVALID_VALUE,
                    "pedalPosition", PyRepr.repr(position));
        }
        if (PyEquality.eq(position, 0L)) {
            return releaseBrakePedal(s, a);
        }
        // Stored as computed (an int for an int position), printed as a float.
        Object force = PyOps.mul(position, 1000L);
        s.brakePedalStatus = "pressed";
        s.brakePedalForce = force;
        return PyDicts.of("brakePedalStatus", "pressed", "brakePedalForce", PyTypes.toDouble(force));
    }

    /** {@code releaseBrakePedal()}. */
    static Object releaseBrakePedal(VehicleState s, BoundArgs a) {
        s.brakePedalStatus = "released";
        s.brakePedalForce = 0.0;
        return PyDicts.of("brakePedalStatus", "released", "brakePedalForce", 0.0);
    }

    /** {@code activateParkingBrake(mode)}: both modes set the slope to 10 degrees. */
    static Object activateParkingBrake(VehicleState s, BoundArgs a) {
        Object mode = a.get("mode");
        boolean engage = "engage".equals(mode);
        if (!engage && !"release".equals(mode)) {
            return Dicts.error("Invalid mode", FailureKind.INVALID_VALUE, "mode", PyRepr.repr(mode));
        }
        s.parkingBrakeStatus = engage ? "engaged" : "released";
        s.parkingBrakeForce = engage ? 500.0 : 0.0;
        s.slopeAngle = 10.0;
        Map<String, Object> out = PyDicts.of();
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
        double speed = PyTypes.toDouble(a.get("speed"));
        double distance = PyTypes.toDouble(a.get("distanceToNextVehicle"));
        if ("stopped".equals(s.engineState)) {
            return Dicts.error("Start the engine before activating the cruise control.",
                    FailureKind.PRECONDITION_FAILED, null, "engine stopped");
        }
        if (!PyTypes.truthy(a.get("activate"))) {
            s.cruiseStatus = "inactive";
            s.distanceToNextVehicle = distance;
            return PyDicts.of("cruiseStatus", "inactive", "currentSpeed", speed, "distanceToNextVehicle", distance);
        }
        s.distanceToNextVehicle = distance;
        if (speed < 0 || speed > 120 || (double) PyOps.mod(speed, 5L) != 0) {
            return Dicts.error("Invalid speed", FailureKind.INVALID_VALUE, "speed",
                    "must be 0..120 in steps of 5, got " + PyRepr.repr(speed));
        }
        s.cruiseStatus = "active";
        return PyDicts.of("cruiseStatus", "active", "currentSpeed", speed, "distanceToNextVehicle", distance);
    }

    /** {@code get_current_speed()}: a random speed, drawn from the instance RNG. */
    static Object getCurrentSpeed(VehicleState s, BoundArgs a) {
        return PyDicts.of("currentSpeed", s.random().uniform(0.0, 120.0));
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
