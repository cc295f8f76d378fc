package io.envtune.env.vehicle.internal;

import io.envtune.toolkit.LongContextData;
import io.envtune.toolkit.PyValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The long-context padding one vehicle instance uses. The reference keeps the weather report in a module-global dict
 * that {@code get_outside_temperature_from_google} writes into; here every instance owns its copy, so episodes never
 * see each other's temperatures. The printed result is the same: the key is appended after the 15 daily reports on
 * first use and overwritten in place afterwards.
 */
final class VehicleLongContext {

    private final String carStatusMetadata;
    private final String parkingBrakeInstruction;
    private final List<?> intermediaryCities;
    private final Map<String, Object> weather;

    private VehicleLongContext(String carStatusMetadata, String parkingBrakeInstruction, List<?> intermediaryCities,
            Map<String, Object> weather) {
        this.carStatusMetadata = carStatusMetadata;
        this.parkingBrakeInstruction = parkingBrakeInstruction;
        this.intermediaryCities = intermediaryCities;
        this.weather = weather;
    }

    /**
     * @param data the loaded BFCL padding constants (shared, never mutated here)
     * @return a fresh per-instance view with its own weather report
     */
    @SuppressWarnings("unchecked")
    static VehicleLongContext of(LongContextData data) {
        Object weather = PyValues.deepCopy(data.get("LONG_WEATHER_EXTENSION"));
        return new VehicleLongContext(
                (String) data.get("CAR_STATUS_METADATA_EXTENSION"),
                (String) data.get("PARKING_BRAKE_INSTRUCTION"),
                (List<?>) data.get("INTERMEDIARY_CITIES"),
                new LinkedHashMap<>((Map<String, Object>) weather));
    }

    /** @return the car description added as {@code metadata} / {@code car_info} */
    String carStatusMetadata() {
        return carStatusMetadata;
    }

    /** @return the parking brake manual added to {@code activateParkingBrake} results */
    String parkingBrakeInstruction() {
        return parkingBrakeInstruction;
    }

    /** @return the 826 city names added to {@code estimate_distance} results (do not mutate) */
    List<?> intermediaryCities() {
        return intermediaryCities;
    }

    /**
     * Records a temperature reading in this instance's weather report.
     *
     * @param temperature the reading
     * @return a snapshot of the whole report (the reference returns its global dict, printed at once)
     */
    Map<String, Object> recordTemperature(double temperature) {
        weather.put("outsideTemperature", temperature);
        return new LinkedHashMap<>(weather);
    }
}
