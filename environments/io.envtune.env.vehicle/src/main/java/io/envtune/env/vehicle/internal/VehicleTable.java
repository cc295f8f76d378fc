package io.envtune.env.vehicle.internal;

import io.envtune.toolkit.Param;
import io.envtune.toolkit.ToolTable;

/**
 * The 22 tools of {@code VehicleControlAPI}, in the reference's method order, with parameters in Python signature
 * order and the Python defaults. Descriptions are written for this project.
 */
final class VehicleTable {

    /** The environment id and the Python class name used in error texts. */
    static final String OWNER = "VehicleControlAPI";

    /** The immutable tool table shared by every instance. */
    static final ToolTable<VehicleState> TOOLS = ToolTable.<VehicleState>builder(OWNER)
            .tool("startEngine", "Start or stop the engine; starting needs locked doors and the brake fully pressed.",
                    PowertrainTools::startEngine,
                    Param.required("ignitionMode", "string", "START to start the engine, STOP to stop it."))
            .tool("fillFuelTank", "Add fuel to the tank, which holds at most 50 gallons.",
                    PowertrainTools::fillFuelTank,
                    Param.required("fuelAmount", "float", "Gallons of fuel to add."))
            .tool("lockDoors", "Lock or unlock some of the car's doors.", CabinTools::lockDoors,
                    Param.required("unlock", "boolean", "True to unlock the doors, False to lock them."),
                    Param.required("door", "array",
                            "Doors to change: any of driver, passenger, rear_left, rear_right."))
            .tool("adjustClimateControl", "Set the cabin temperature, fan speed and climate mode.",
                    CabinTools::adjustClimateControl,
                    Param.required("temperature", "float", "Target temperature."),
                    Param.optional("unit", "string", "celsius or fahrenheit.", "celsius"),
                    Param.optional("fanSpeed", "integer", "Fan speed from 0 to 100.", 50L),
                    Param.optional("mode", "string", "Climate mode: auto, cool, heat or defrost.", "auto"))
            .tool("get_outside_temperature_from_google", "Read the outside temperature from Google.",
                    CabinTools::outsideTemperatureGoogle)
            .tool("get_outside_temperature_from_weather_com", "Read the outside temperature from weather.com.",
                    CabinTools::outsideTemperatureWeatherCom)
            .tool("setHeadlights", "Switch the headlights on, off or to automatic.", CabinTools::setHeadlights,
                    Param.required("mode", "string", "on, off or auto."))
            .tool("displayCarStatus", "Show one group of the car's status values.", CabinTools::displayCarStatus,
                    Param.required("option", "string",
                            "fuel, battery, doors, climate, headlights, parkingBrake, brakePedal or engine."))
            .tool("activateParkingBrake", "Engage or release the parking brake.",
                    PowertrainTools::activateParkingBrake,
                    Param.required("mode", "string", "engage or release."))
            .tool("pressBrakePedal", "Press the brake pedal to a position between released and full.",
                    PowertrainTools::pressBrakePedal,
                    Param.required("pedalPosition", "float", "0 for released up to 1 for fully pressed."))
            .tool("releaseBrakePedal", "Release the brake pedal completely.", PowertrainTools::releaseBrakePedal)
            .tool("setCruiseControl", "Turn cruise control on or off; the engine must be running.",
                    PowertrainTools::setCruiseControl,
                    Param.required("speed", "float", "Cruise speed in miles per hour, 0 to 120 in steps of 5."),
                    Param.required("activate", "boolean", "True to turn cruise control on, False to turn it off."),
                    Param.required("distanceToNextVehicle", "float", "Distance to keep to the vehicle ahead, in meters."))
            .tool("get_current_speed", "Read the car's current speed.", PowertrainTools::getCurrentSpeed)
            .tool("display_log", "Show messages on the car's display.", CabinTools::displayLog,
                    Param.required("messages", "array", "Lines of text to show."))
            .tool("estimate_drive_feasibility_by_mileage", "Tell whether the fuel in the tank covers a distance.",
                    TripTools::driveFeasibility,
                    Param.required("distance", "float", "Distance to drive, in miles."))
            .tool("liter_to_gallon", "Convert liters to gallons.", TripTools::literToGallon,
                    Param.required("liter", "float", "Volume in liters."))
            .tool("gallon_to_liter", "Convert gallons to liters.", TripTools::gallonToLiter,
                    Param.required("gallon", "float", "Volume in gallons."))
            .tool("estimate_distance", "Distance in km between two places given by their zipcodes.",
                    TripTools::estimateDistance,
                    Param.required("cityA", "string", "Zipcode of the first place."),
                    Param.required("cityB", "string", "Zipcode of the second place."))
            .tool("get_zipcode_based_on_city", "Look up the zipcode of a city.", TripTools::zipcode,
                    Param.required("city", "string", "City name."))
            .tool("set_navigation", "Start navigating to an address.", TripTools::setNavigation,
                    Param.required("destination", "string", "Address as street, city, state."))
            .tool("check_tire_pressure", "Read the four tire pressures and whether they are healthy.",
                    CabinTools::checkTirePressure)
            .tool("find_nearest_tire_shop", "Find the closest tire shop.", TripTools::nearestTireShop)
            .build();

    private VehicleTable() {
    }
}
