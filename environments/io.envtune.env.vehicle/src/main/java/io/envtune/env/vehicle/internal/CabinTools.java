package io.envtune.env.vehicle.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.BoundArgs;
import io.envtune.toolkit.Failed;
import io.envtune.toolkit.PyArith;
import io.envtune.toolkit.PyText;
import io.envtune.toolkit.PyValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Doors, climate, lights and the status display: one method per tool, in the reference's check order. */
final class CabinTools {

    private static final List<String> HEADLIGHT_MODES = List.of("on", "off", "auto");

    private CabinTools() {
    }

    /**
     * {@code lockDoors(unlock, door)}: doors already in the target state are skipped; an unknown door raises
     * {@code KeyError} after the doors before it were changed.
     */
    static Object lockDoors(VehicleState s, BoundArgs a) {
        boolean unlock = PyValues.truthy(a.get("unlock"));
        String target = unlock ? "unlocked" : "locked";
        for (Object door : PyValues.iterate(a.get("door"), "door")) {
            String name = existingDoor(s.doorStatus, door);
            if (target.equals(s.doorStatus.get(name))) {
                continue;
            }
            s.doorStatus.put(name, target);
            s.remainingUnlockedDoors += unlock ? 1 : -1;
        }
        return PyValues.dict("lockStatus", target, "remainingUnlockedDoors", s.remainingUnlockedDoors);
    }

    /**
     * {@code adjustClimateControl(temperature, unit, fanSpeed, mode)}: stores the temperature in Celsius but returns
     * it as given; the mode is not validated.
     */
    static Object adjustClimateControl(VehicleState s, BoundArgs a) {
        Object temperature = a.get("temperature");
        Object fanSpeed = a.get("fanSpeed");
        Object mode = a.get("mode");
        if (!(PyValues.le(0L, fanSpeed) && PyValues.le(fanSpeed, 100L))) {
            return Dicts.error("Fan speed must be between 0 and 100.", FailureKind.INVALID_VALUE, "fanSpeed",
                    PyText.repr(fanSpeed));
        }
        s.acTemperature = temperature;
        if ("fahrenheit".equals(a.get("unit"))) {
            s.acTemperature = PyArith.truediv(PyArith.mul(PyArith.sub(temperature, 32L), 5L), 9L);
        }
        s.fanSpeed = fanSpeed;
        s.acMode = mode;
        return PyValues.dict("currentACTemperature", temperature, "climateMode", mode, "humidityLevel", s.humidityLevel);
    }

    /** {@code setHeadlights(mode)}: {@code auto} switches the lights off. */
    static Object setHeadlights(VehicleState s, BoundArgs a) {
        Object mode = a.get("mode");
        if (!(mode instanceof String name && HEADLIGHT_MODES.contains(name))) {
            return Dicts.error("Invalid headlight mode.", FailureKind.INVALID_VALUE, "mode", PyText.repr(mode));
        }
        s.headLightStatus = "on".equals(mode) ? "on" : "off";
        return PyValues.dict("headlightStatus", s.headLightStatus);
    }

    /** {@code displayCarStatus(option)}: one group of values; long context puts the car's metadata first. */
    static Object displayCarStatus(VehicleState s, BoundArgs a) {
        Object option = a.get("option");
        Map<String, Object> status = new LinkedHashMap<>();
        if (s.longContext() != null) {
            status.put("metadata", s.longContext().carStatusMetadata());
        }
        if (!(option instanceof String name) || !CarStatus.fill(s, name, status)) {
            status.put("error", "Invalid option");
            return new Failed(status, FailureKind.INVALID_VALUE, "option", PyText.repr(option));
        }
        return status;
    }

    /** {@code check_tire_pressure()}: healthy when the mean pressure is within 30..35 psi. */
    static Object checkTirePressure(VehicleState s, BoundArgs a) {
        Object sum = PyArith.add(PyArith.add(PyArith.add(s.frontLeftTirePressure, s.frontRightTirePressure),
                s.rearLeftTirePressure), s.rearRightTirePressure);
        Object mean = PyArith.truediv(sum, 4L);
        boolean healthy = PyValues.le(30L, mean) && PyValues.le(mean, 35L);
        Object carInfo = s.longContext() != null ? s.longContext().carStatusMetadata() : new LinkedHashMap<>();
        return PyValues.dict("frontLeftTirePressure", s.frontLeftTirePressure,
                "frontRightTirePressure", s.frontRightTirePressure,
                "rearLeftTirePressure", s.rearLeftTirePressure,
                "rearRightTirePressure", s.rearRightTirePressure,
                "healthy_tire_pressure", healthy,
                "car_info", carInfo);
    }

    /** {@code get_outside_temperature_from_google()}: a random reading; long context returns the whole report. */
    static Object outsideTemperatureGoogle(VehicleState s, BoundArgs a) {
        double temperature = s.random().uniform(-10.0, 40.0);
        if (s.longContext() != null) {
            return s.longContext().recordTemperature(temperature);
        }
        return PyValues.dict("outsideTemperature", temperature);
    }

    /** {@code get_outside_temperature_from_weather_com()}: the service is always down. */
    static Object outsideTemperatureWeatherCom(VehicleState s, BoundArgs a) {
        return Dicts.error(404L, FailureKind.UNAVAILABLE, null,
                "weather.com always answers 404; get_outside_temperature_from_google works");
    }

    /** {@code display_log(messages)}: echoes the messages. */
    static Object displayLog(VehicleState s, BoundArgs a) {
        return PyValues.dict("log", a.get("messages"));
    }

    /** {@code doorStatus[door]}'s key check: unhashable → TypeError, missing → KeyError with the key's repr. */
    private static String existingDoor(Map<String, Object> doors, Object door) {
        PyValues.requireHashable(door, "door");
        if (door instanceof String name && doors.containsKey(name)) {
            return name;
        }
        throw PyValues.keyError(door, FailureKind.NOT_FOUND, "door");
    }
}
