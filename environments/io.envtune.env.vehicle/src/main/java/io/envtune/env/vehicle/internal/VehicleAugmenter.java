package io.envtune.env.vehicle.internal;

import io.envtune.api.FailureKind;
import io.envtune.api.FeedbackAugmenter;
import io.envtune.api.ToolFailure;
import io.envtune.toolkit.HintArgs;
import io.envtune.toolkit.TableAugmenter;
import org.osgi.service.component.annotations.Component;

/**
 * Environment Tuning's actionable vehicle errors (PORTING.md §10) as a hint layer over the unchanged BFCL messages:
 * the dead weather.com service points to the Google tool, an unknown zipcode pair points to
 * {@code get_zipcode_based_on_city}; plus the engine and cruise-control prerequisites. Reads the structured failure
 * (kind, parameter and this bundle's own detail tokens) and the call's arguments, never the result string.
 */
@Component(service = FeedbackAugmenter.class, property = "service.ranking:Integer=100")
public final class VehicleAugmenter extends TableAugmenter {

    /** Creates the component; it has no configuration. */
    public VehicleAugmenter() {
        super(VehicleTable.TOOLS);
    }

    @Override
    protected String hint(ToolFailure f, HintArgs args) {
        return switch (f.tool()) {
            case "get_outside_temperature_from_weather_com" -> "Weather.com service is currently unavailable. Please "
                + "try using get_outside_temperature_from_google() instead.";
            case "estimate_distance" -> f.kind() != FailureKind.NOT_FOUND ? null
                : "Invalid zipcode pair: '" + args.text("cityA") + "' to '" + args.text("cityB") + "'. Please verify "
                    + "both zipcodes are correct and supported. You can use 'get_zipcode_based_on_city' to find the "
                    + "correct zipcode for a city name.";
            case "startEngine" -> startEngine(f);
            case "setCruiseControl" -> cruise(f);
            case "pressBrakePedal" -> "pedalPosition".equals(f.parameter())
                ? "pedalPosition runs from 0 (released) to 1 (fully pressed)." : null;
            case "displayCarStatus" -> "option".equals(f.parameter()) ? "option must be one of fuel, battery, doors, "
                + "climate, headlights, parkingBrake, brakePedal or engine." : null;
            case "lockDoors" -> "door".equals(f.parameter()) && f.kind() == FailureKind.NOT_FOUND
                ? "Unknown door name. door takes a list of door names, each one of driver, passenger, rear_left, "
                    + "rear_right." : null;
            case "fillFuelTank" -> "fuelAmount".equals(f.parameter()) ? "fuelAmount is the number of gallons to add: "
                + "not negative, and the tank must not overflow its capacity (see fillFuelTank's description). "
                + "displayCarStatus with option 'fuel' shows the current level." : null;
            default -> null;
        };
    }

    private static String cruise(ToolFailure f) {
        if ("engine stopped".equals(f.detail())) {
            return "The engine is not running. Start it with startEngine before activating cruise control.";
        }
        return "speed".equals(f.parameter()) ? "speed must be a multiple of 5 from 0 to 120 (miles per hour)." : null;
    }

    /** The engine's prerequisites, told apart by the detail tokens {@link PowertrainTools} reports. */
    private static String startEngine(ToolFailure f) {
        String d = f.detail() == null ? "" : f.detail();
        if (d.startsWith("unlocked doors")) {
            return "All doors must be locked before the engine starts. Lock the doors named in the error with "
                + "lockDoors (unlock set to False); displayCarStatus with option 'doors' shows every door.";
        } else if (d.startsWith("brake")) {
            return "The brake pedal must be pressed fully while the engine starts. Use pressBrakePedal with the "
                + "fully pressed position first, then startEngine.";
        } else if (d.equals("no fuel")) {
            return "The fuel tank is empty. Add fuel with fillFuelTank before starting the engine.";
        } else if ("ignitionMode".equals(f.parameter())) {
            return "ignitionMode must be START or STOP.";
        }
        return null;
    }
}
