package io.envtune.env.vehicle.internal;

import io.envtune.toolkit.PyValues;
import io.envtune.toolkit.generate.CallText;
import io.envtune.toolkit.generate.Request;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Generated VehicleControlAPI requests about driving: starting the engine (with the locks and the brake it needs),
 * fuel, brakes, cruise control, distances, range and navigation. Each returns null when the car's state would refuse
 * it; amounts keep the tank within its 50 gallons and cruise speeds on the 5 mph grid.
 */
final class VehicleDriveAsks {

    private static final List<String> ALL_DOORS = VehicleDefaults.DOORS;
    /** City pairs whose zipcodes have a known distance. */
    private static final List<List<String>> CITY_PAIRS = cityPairs();
    private static final List<String> ADDRESSES = List.of("12 Birch Lane, Maplecrest, OR",
        "780 Quarry Road, Stonebrook, NV", "3 Harbor View, Sunset Valley, CA", "41 Elm Street, Oakendale, WA",
        "220 Ridge Avenue, Shadowridge, ID", "9 Mill Court, Willowbend, UT", "1500 Canyon Drive, Autumnville, AZ");

    private VehicleDriveAsks() {
    }

    /** Starting the engine, with the locks and the full brake it needs when they are not in place yet. */
    static Request start(VehicleWorld v) {
        if (v.running()) {
            return null;
        }
        boolean lock = !v.doors("unlocked").isEmpty();
        boolean press = !"pressed".equals(v.car().brakePedalStatus)
            || !PyValues.eq(v.car().brakePedalForce, VehicleDefaults.FULL_BRAKE_FORCE);
        List<String> calls = new ArrayList<>();
        if (lock) {
            calls.add(CallText.of("lockDoors", "unlock", false, "door", new ArrayList<Object>(ALL_DOORS)));
        }
        if (press) {
            calls.add(CallText.of("pressBrakePedal", "pedalPosition", 1.0));
        }
        calls.add(CallText.of("startEngine", "ignitionMode", "START"));
        String clause = lock && press
            ? v.w.pick("lock every door, press the brake all the way down and start the engine",
                "get the car going: all doors locked, brake pedal fully pressed, engine on",
                "secure the doors, hold the brake fully and fire up the engine")
            : lock ? v.w.pick("lock all the doors and start the engine",
                "lock up and turn the ignition on", "make sure every door is locked, then start up")
            : press ? v.w.pick("press the brake fully and start the engine", "hold the brake down and start the car",
                "floor the brake pedal, then fire up the engine")
            : v.w.pick("start the engine", "turn the ignition on", "fire up the engine now");
        return new Request(clause, calls, null, null);
    }

    static Request brake(VehicleWorld v) {
        if (v.w.random().nextInt(3) == 0) {
            return Request.of(v.w.pick("release the brake pedal", "take my foot off the brake",
                "let go of the brake pedal completely"), CallText.of("releaseBrakePedal"));
        }
        double position = v.w.random().nextInt(3) == 0 ? 1.0 : (1 + v.w.random().nextInt(9)) / 10.0;
        Object[] x = {"p", position == 1.0 ? "all the way" : (int) (position * 100) + "%"};
        return new Request(v.w.phrase(List.of("press the brake pedal {p}", "push the brake down {p}",
                "apply the brake, {p}"), x),
            List.of(CallText.of("pressBrakePedal", "pedalPosition", position)),
            v.w.pick("press the brake pedal", "put some pressure on the brake"),
            v.w.phrase(List.of("Press it {p}.", "{P}, please."), "p", x[1], "P", capital((String) x[1])));
    }

    static Request fill(VehicleWorld v) {
        long room = (long) Math.floor(50 - v.fuel());
        if (room < 1) {
            return null;
        }
        double amount = 1 + v.w.random().nextInt((int) room);
        String gallons = (long) amount + (amount == 1 ? " gallon" : " gallons");
        Object[] x = {"g", gallons, "G", capital(gallons)};
        return new Request(v.w.phrase(List.of("pump {g} of fuel in", "put {g} in the tank",
                "refuel with {g}"), x),
            List.of(CallText.of("fillFuelTank", "fuelAmount", amount)),
            v.w.pick("put some fuel in the tank", "top up the tank a bit"),
            v.w.phrase(List.of("{G}.", "Add {g}."), x));
    }

    static Request fillLiters(VehicleWorld v) {
        long liters = 5 * (1 + v.w.random().nextInt(30));
        double gallons = liters * 0.264172;
        if (v.fuel() + gallons > 49.9) {
            return null;
        }
        Object[] x = {"l", liters};
        return Request.of(v.w.phrase(List.of("convert {l} liters to gallons and add that much fuel",
                "I bought {l} liters of fuel, work out the gallons and fill the tank with it",
                "refuel with {l} liters (the tank takes gallons, so convert first)"), x),
            CallText.of("liter_to_gallon", "liter", liters), CallText.of("fillFuelTank", "fuelAmount", gallons));
    }

    static Request parkingBrake(VehicleWorld v) {
        boolean engage = !"engaged".equals(v.car().parkingBrakeStatus);
        return Request.of(engage ? v.w.pick("pull the parking brake on", "set the handbrake",
            "put the parking brake on")
                : v.w.pick("disengage the parking brake", "let the handbrake off", "take the parking brake off"),
            CallText.of("activateParkingBrake", "mode", engage ? "engage" : "release"));
    }

    static Request cruise(VehicleWorld v) {
        if (!v.running()) {
            return null;
        }
        Object[] x = {"s", (long) (5 * (4 + v.w.random().nextInt(21))),
            "d", (long) (10 * (2 + v.w.random().nextInt(9)))};
        return new Request(v.w.phrase(List.of("turn on cruise control at {s} mph, keeping {d} meters to the car ahead",
                "set cruise to {s} mph with a {d} m gap",
                    "hold {s} mph on cruise control and stay {d} meters back"), x),
            List.of(CallText.of("setCruiseControl", "speed", (double) (long) x[1], "activate", true,
                "distanceToNextVehicle", (double) (long) x[3])),
            v.w.phrase(List.of("turn on cruise control at {s} mph"), x),
            v.w.phrase(List.of("Keep {d} meters from the vehicle ahead.", "A {d} meter gap."), x));
    }

    static Request speed(VehicleWorld v) {
        return Request.of(v.w.pick("tell me how fast we're going", "report the vehicle's speed",
            "read out the current speed",
            "check our speed right now", "find out what the speedometer says"),
            CallText.of("get_current_speed"));
    }

    /** The distance between two cities: one call per zipcode the user does not give, then the estimate. */
    static Request distance(VehicleWorld v) {
        List<String> pair = v.w.pick(CITY_PAIRS);
        String a = VehicleDefaults.ZIPCODES.get(pair.get(0));
        String b = VehicleDefaults.ZIPCODES.get(pair.get(1));
        Object[] x = {"a", pair.get(0), "b", pair.get(1), "za", a, "zb", b};
        String estimate = CallText.of("estimate_distance", "cityA", a, "cityB", b);
        return switch (v.w.random().nextInt(3)) {
            case 0 -> Request.of(v.w.phrase(List.of(
                    "find the zipcodes of {a} and {b} and tell me the distance between them",
                    "work out how far {a} is from {b}, via their zipcodes",
                    "look up {a} and {b} and estimate the distance"), x),
                CallText.of("get_zipcode_based_on_city", "city", pair.get(0)),
                CallText.of("get_zipcode_based_on_city", "city", pair.get(1)), estimate);
            case 1 -> Request.of(v.w.phrase(List.of("look up {a}'s zipcode and estimate its distance from zipcode {zb}",
                    "tell me how far {a} is from the {zb} area (find {a}'s zipcode first)"), x),
                CallText.of("get_zipcode_based_on_city", "city", pair.get(0)), estimate);
            default -> new Request(v.w.phrase(List.of("estimate the distance between zipcodes {za} and {zb}",
                    "tell me how far apart the zipcodes {za} and {zb} are"), x), List.of(estimate),
                v.w.phrase(List.of("estimate how far zipcode {za} is from another area"), x),
                v.w.phrase(List.of("The other zipcode is {zb}.", "Compare it with {zb}."), x));
        };
    }

    static Request feasible(VehicleWorld v) {
        Object[] x = {"m", (long) (10 * (5 + v.w.random().nextInt(95)))};
        return new Request(v.w.phrase(List.of("check whether the fuel in the tank covers {m} miles",
            "estimate whether a {m} mile drive is possible on the current fuel",
            "work out if our range covers {m} miles",
                "tell me if we can drive {m} miles without refueling", "see if the car makes it {m} miles"), x),
            List.of(CallText.of("estimate_drive_feasibility_by_mileage", "distance", (double) (long) x[1])),
            v.w.pick("check whether we have enough fuel for a trip"),
            v.w.phrase(List.of("It's {m} miles.", "The trip is {m} miles long."), x));
    }

    static Request convert(VehicleWorld v) {
        long n = 2 + v.w.random().nextInt(60);
        if (v.w.random().nextBoolean()) {
            return Request.of(v.w.phrase(List.of("convert {n} liters into gallons",
                "tell me how many gallons {n} liters is",
                "work out {n} liters in US gallons", "express {n} liters as gallons"),
                "n", n), CallText.of("liter_to_gallon", "liter", (double) n));
        }
        return Request.of(v.w.phrase(List.of("turn {n} gallons into liters", "tell me what {n} gallons is in liters",
            "work out how many liters {n} gallons make", "express {n} gallons in liters"),
            "n", n), CallText.of("gallon_to_liter", "gallon", (double) n));
    }

    static Request navigate(VehicleWorld v) {
        Object[] x = {"a", v.w.pick(ADDRESSES)};
        return new Request(v.w.phrase(List.of("navigate to {a}", "guide me to {a}", "start directions to {a}",
            "set the GPS for {a}", "plot a route to {a}"), x),
            List.of(CallText.of("set_navigation", "destination", x[1])),
            v.w.pick("get the navigation going for me", "set a destination in the GPS"),
            v.w.phrase(List.of("The address is {a}.", "Take me to {a}."), x));
    }

    static Request tireShop(VehicleWorld v) {
        return Request.of(v.w.pick("find the closest tire shop and navigate there",
            "take me to the nearest place that fixes tires",
            "locate a tire shop near us and start navigating to it", "route me to the nearest tire shop",
            "look up the nearest tire shop and set it as the destination"),
            CallText.of("find_nearest_tire_shop"), CallText.of("set_navigation",
                "destination", VehicleDefaults.TIRE_SHOP));
    }

    private static String capital(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static List<List<String>> cityPairs() {
        List<List<String>> out = new ArrayList<>();
        for (Map.Entry<String, String> a : VehicleDefaults.ZIPCODES.entrySet()) {
            for (Map.Entry<String, String> b : VehicleDefaults.ZIPCODES.entrySet()) {
                if (!a.getKey().equals(b.getKey()) && VehicleDefaults.distance(a.getValue(), b.getValue()) != null) {
                    out.add(List.of(a.getKey(), b.getKey()));
                }
            }
        }
        out.sort((p, q) -> String.join("|", p).compareTo(String.join("|", q)));
        return List.copyOf(out);
    }
}
