package io.envtune.env.vehicle.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.BoundArgs;
import io.envtune.toolkit.Failed;
import io.envtune.toolkit.PyArith;
import io.envtune.toolkit.PyText;
import io.envtune.toolkit.PyValues;
import java.util.Map;

/** Trip planning: range, unit conversions, distances, zipcodes, navigation and the tire shop. */
final class TripTools {

    private static final double GALLONS_PER_LITER = 0.264172;
    private static final double LITERS_PER_GALLON = 3.78541;

    private TripTools() {
    }

    /** {@code estimate_drive_feasibility_by_mileage(distance)}: fuel × 20 miles per gallon against the distance. */
    static Object driveFeasibility(VehicleState s, BoundArgs a) {
        Object range = PyArith.mul(s.fuelLevel, VehicleDefaults.MILE_PER_GALLON);
        return PyValues.dict("canDrive", !PyValues.lt(range, a.get("distance")));
    }

    /** {@code liter_to_gallon(liter)}. */
    static Object literToGallon(VehicleState s, BoundArgs a) {
        return PyValues.dict("gallon", PyArith.mul(a.get("liter"), GALLONS_PER_LITER));
    }

    /** {@code gallon_to_liter(gallon)}. */
    static Object gallonToLiter(VehicleState s, BoundArgs a) {
        return PyValues.dict("liter", PyArith.mul(a.get("gallon"), LITERS_PER_GALLON));
    }

    /**
     * {@code estimate_distance(cityA, cityB)}: the distance between two known zipcodes in either order; long context
     * adds the intermediary cities, even to the error.
     */
    static Object estimateDistance(VehicleState s, BoundArgs a) {
        Object cityA = a.get("cityA");
        Object cityB = a.get("cityB");
        Double distance = cityA instanceof String za && cityB instanceof String zb
                ? VehicleDefaults.distance(za, zb) : null;
        Map<String, Object> out = distance != null
                ? PyValues.dict("distance", distance)
                : PyValues.dict("error", "distance not found in database.");
        if (s.longContext() != null) {
            out.put("intermediaryCities", s.longContext().intermediaryCities());
        }
        if (distance == null) {
            return new Failed(out, FailureKind.NOT_FOUND, null,
                    "no distance between zipcodes " + PyText.repr(cityA) + " and " + PyText.repr(cityB));
        }
        return out;
    }

    /** {@code get_zipcode_based_on_city(city)}: {@code 00000} for an unknown city (not an error in the reference). */
    static Object zipcode(VehicleState s, BoundArgs a) {
        Object city = a.get("city");
        String zip = city instanceof String name ? VehicleDefaults.ZIPCODES.get(name) : null;
        return PyValues.dict("zipcode", zip != null ? zip : VehicleDefaults.UNKNOWN_ZIPCODE);
    }

    /** {@code set_navigation(destination)}: stores the destination before building the message. */
    static Object setNavigation(VehicleState s, BoundArgs a) {
        Object destination = a.get("destination");
        s.destination = destination;
        return PyValues.dict("status", PyArith.add("Navigating to ", destination));
    }

    /** {@code find_nearest_tire_shop()}: always the same shop. */
    static Object nearestTireShop(VehicleState s, BoundArgs a) {
        return PyValues.dict("shopLocation", VehicleDefaults.TIRE_SHOP);
    }
}
