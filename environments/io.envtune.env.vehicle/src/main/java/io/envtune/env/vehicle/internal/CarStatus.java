package io.envtune.env.vehicle.internal;

import java.util.Map;

/** The groups of values {@code displayCarStatus} shows, keyed as the reference prints them. */
final class CarStatus {

    private CarStatus() {
    }

    /**
     * Adds one option's values to the status dict.
     *
     * @param s the car
     * @param option the option name
     * @param status the dict to fill (insertion order is the printed order)
     * @return false for an unknown option
     */
    static boolean fill(VehicleState s, String option, Map<String, Object> status) {
        switch (option) {
            case "fuel" -> status.put("fuelLevel", s.fuelLevel);
            case "battery" -> status.put("batteryVoltage", s.batteryVoltage);
            case "doors" -> status.put("doorStatus", s.doorStatus);
            case "climate" -> {
                status.put("currentACTemperature", s.acTemperature);
                status.put("fanSpeed", s.fanSpeed);
                status.put("climateMode", s.acMode);
                status.put("humidityLevel", s.humidityLevel);
            }
            case "headlights" -> status.put("headlightStatus", s.headLightStatus);
            case "parkingBrake" -> {
                status.put("parkingBrakeStatus", s.parkingBrakeStatus);
                status.put("parkingBrakeForce", s.parkingBrakeForce);
                status.put("slopeAngle", s.slopeAngle);
            }
            case "brakePedal" -> {
                status.put("brakePedalStatus", s.brakePedalStatus);
                status.put("brakePedalForce", s.brakePedalForce);
            }
            case "engine" -> status.put("engineState", s.engineState);
            default -> {
                return false;
            }
        }
        return true;
    }
}
