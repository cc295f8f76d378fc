package io.envtune.env.vehicle.internal;

import io.envtune.toolkit.generate.CallText;
import io.envtune.toolkit.generate.Request;
import io.envtune.toolkit.generate.Wording;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Generated VehicleControlAPI requests about the cabin and the car's readings: door locks, climate, headlights, the
 * status display, tires, the outside temperature, messages on the screen and zipcodes. Doors are only asked to change
 * when they are in the other state; fan speeds stay within 0 to 100.
 */
final class VehicleCabinAsks {

    private static final Map<String, String> DOOR_NAMES = Map.of("driver", "driver's door", "passenger",
        "passenger door", "rear_left", "rear left door", "rear_right", "rear right door");
    private static final List<String> OPTIONS = List.of("fuel", "battery", "doors", "climate", "headlights",
        "parkingBrake", "brakePedal", "engine");
    private static final Map<String, String> OPTION_NAMES = Map.of("fuel", "fuel level", "battery",
        "battery voltage", "doors", "door locks", "climate", "climate settings", "headlights", "headlight state",
        "parkingBrake", "parking brake status", "brakePedal", "brake pedal status", "engine",
        "engine state");

    private VehicleCabinAsks() {
    }

    static Request doors(VehicleWorld v) {
        boolean unlock = v.w.random().nextBoolean();
        List<String> candidates = v.doors(unlock ? "locked" : "unlocked");
        if (candidates.isEmpty()) {
            return null;
        }
        List<String> chosen = new ArrayList<>();
        candidates.forEach(d -> {
            if (chosen.isEmpty() || v.w.random().nextBoolean()) {
                chosen.add(d);
            }
        });
        Object[] x = {"d", v.w.list(chosen.stream().map(DOOR_NAMES::get).toList()), "x", unlock ? "unlock" : "lock"};
        return new Request(v.w.phrase(List.of("{x} the {d}", "{x} the {d} for me", "{x} only the {d}"), x),
            List.of(CallText.of("lockDoors", "unlock", unlock, "door", new ArrayList<Object>(chosen))),
            v.w.phrase(List.of("{x} some of the doors", "{x} a few doors"), x),
            v.w.phrase(List.of("The {d}.", "Just the {d}."), x));
    }

    static Request climate(VehicleWorld v) {
        boolean fahrenheit = v.w.random().nextInt(3) == 0;
        long t = fahrenheit ? 60 + v.w.random().nextInt(20) : 16 + v.w.random().nextInt(13);
        List<Object> kv = new ArrayList<>(List.of("temperature", (double) t));
        String extra = "";
        if (fahrenheit) {
            kv.addAll(List.of("unit", "fahrenheit"));
        }
        if (v.w.random().nextBoolean()) {
            long fan = 10 * (1 + v.w.random().nextInt(10));
            kv.addAll(List.of("fanSpeed", fan));
            extra += v.w.pick(" with the fan at ", ", fan speed ") + fan;
        }
        if (v.w.random().nextBoolean()) {
            String mode = v.w.pick("cool", "heat", "defrost", "auto");
            kv.addAll(List.of("mode", mode));
            extra += Wording.fill(v.w.pick(" in {m} mode", ", mode {m}", ", {m} mode"), Map.of("m", mode));
        }
        Object[] x = {"t", t + (fahrenheit ? " degrees Fahrenheit" : v.w.pick(" degrees", "°C", " degrees Celsius")),
            "e", extra};
        return new Request(v.w.phrase(List.of("set the cabin to {t}{e}", "adjust the climate control to {t}{e}",
                "make it {t} inside{e}"), x),
            List.of(CallText.of("adjustClimateControl", kv.toArray())),
            v.w.phrase(List.of("change the climate settings{e}"), x),
            v.w.phrase(List.of("Set the temperature to {t}.", "Aim for {t}."), x));
    }

    static Request lights(VehicleWorld v) {
        String mode = v.w.pick("on", "off", "auto");
        Object[] x = {"m", mode};
        return new Request(v.w.phrase(List.of("switch the headlights {m}", "turn the headlamps {m}",
            "set the headlights to {m}",
                "put the lights on {m} mode"), x),
            List.of(CallText.of("setHeadlights", "mode", mode)),
            v.w.pick("change the headlight setting"),
            v.w.phrase(List.of("Set them to {m}.", "I want them {m}."), x));
    }

    static Request status(VehicleWorld v) {
        String option = v.w.pick(OPTIONS);
        Object[] x = {"o", OPTION_NAMES.get(option)};
        return new Request(v.w.phrase(List.of("show me the {o}", "display the car's {o}", "check the {o} for me"), x),
            List.of(CallText.of("displayCarStatus", "option", option)),
            v.w.pick("show me part of the car's status"),
            v.w.phrase(List.of("The {o}.", "I'm interested in the {o}."), x));
    }

    static Request tires(VehicleWorld v) {
        return Request.of(v.w.pick("have a look at the tire pressures", "check whether the tires need air",
            "report the pressure in each tire",
            "tell me whether the tires are inflated properly",
            "read the pressure of all four tires"), CallText.of("check_tire_pressure"));
    }

    static Request weather(VehicleWorld v) {
        return Request.of(v.w.pick("tell me the temperature outside", "check how warm it is outdoors",
            "get the outside temperature from Google",
                "find out how cold it is out there"), CallText.of("get_outside_temperature_from_google"));
    }

    static Request log(VehicleWorld v) {
        List<String> lines = new ArrayList<>(List.of(v.w.pick("Drive safe", "Service due soon", "Welcome back",
            "Check rear seat")));
        if (v.w.random().nextBoolean()) {
            lines.add(v.w.pick("Low washer fluid", "Have a nice trip", "Seat belts on"));
        }
        Object[] x = {"m", v.w.list(lines.stream().map(l -> "'" + l + "'").toList())};
        return new Request(v.w.phrase(List.of("show {m} on the dashboard display",
            "put the messages {m} on screen"), x),
            List.of(CallText.of("display_log", "messages", new ArrayList<Object>(lines))),
            v.w.pick("put a message on the dashboard display"),
            v.w.phrase(List.of("Show {m}.", "The text is {m}."), x));
    }

    static Request zipcode(VehicleWorld v) {
        List<String> cities = new ArrayList<>(VehicleDefaults.ZIPCODES.keySet());
        cities.sort(null);
        Object[] x = {"c", v.w.pick(cities)};
        return new Request(v.w.phrase(List.of("look up the zipcode of {c}", "get me the zipcode for {c}",
            "work out which zipcode {c} has", "tell me {c}'s zipcode",
                "find the postal code for {c}"), x),
            List.of(CallText.of("get_zipcode_based_on_city", "city", x[1])),
            v.w.pick("look up a zipcode for me"),
            v.w.phrase(List.of("For {c}.", "The city is {c}."), x));
    }
}
