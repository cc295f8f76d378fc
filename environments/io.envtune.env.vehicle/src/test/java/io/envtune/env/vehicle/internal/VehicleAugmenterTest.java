package io.envtune.env.vehicle.internal;

import static io.envtune.testkit.HintCheck.assertContains;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import io.envtune.api.EnvironmentInstance;
import io.envtune.api.EnvironmentOptions;
import io.envtune.api.ToolEnvironment;
import io.envtune.testkit.HintCheck;
import io.envtune.toolkit.PyCalls;
import org.junit.Test;

/** Environment Tuning's vehicle catalogue and the engine prerequisites, from a real instance through the augmenter. */
public final class VehicleAugmenterTest {

    private final ToolEnvironment env = new VehicleEnvironment();
    private final HintCheck hints = new HintCheck(env, new VehicleAugmenter());

    private String hint(EnvironmentInstance car, String text) {
        return hints.hint(car, text);
    }

    @Test
    public void deadWeatherServicePointsToGoogle() {
        EnvironmentInstance car = env.create("{}", EnvironmentOptions.DEFAULT);
        assertEquals("{\"error\": 404}", car.invoke(PyCalls.parse("get_outside_temperature_from_weather_com()"))
            .text());
        assertContains(hint(car, "get_outside_temperature_from_weather_com()"), "unavailable",
            "get_outside_temperature_from_google()");
    }

    @Test
    public void unknownZipcodePairPointsToTheZipcodeLookup() {
        EnvironmentInstance car = env.create("{}", EnvironmentOptions.DEFAULT);
        String hint = hint(car, "estimate_distance(cityA='San Francisco', cityB='Stonebrook')");
        assertContains(hint, "Invalid zipcode pair: 'San Francisco' to 'Stonebrook'", "get_zipcode_based_on_city");
        assertContains(hint(car, "estimate_distance('San Francisco', 'Stonebrook')"),
            "'San Francisco' to 'Stonebrook'");
    }

    @Test
    public void engineAndCruisePrerequisitesNameTheToolThatFixesThem() {
        EnvironmentInstance car = env.create("{}", EnvironmentOptions.DEFAULT);
        assertContains(hint(car, "startEngine(ignitionMode='START')"), "lockDoors");
        car.invoke(PyCalls.parse("lockDoors(unlock=False, door=['driver', 'passenger', 'rear_left', "
            + "'rear_right'])"));
        assertContains(hint(car, "startEngine(ignitionMode='START')"), "pressBrakePedal");
        car.invoke(PyCalls.parse("pressBrakePedal(pedalPosition=0.5)"));
        String half = hint(car, "startEngine(ignitionMode='START')");
        assertContains(half, "pressBrakePedal", "fully");
        assertFalse(half, half.contains("1.0"));
        assertContains(hint(car, "setCruiseControl(speed=60, activate=True, distanceToNextVehicle=100)"),
            "startEngine");
        EnvironmentInstance dry = env.create("{\"fuelLevel\": -1.0, \"remainingUnlockedDoors\": 0, \"doorStatus\": "
            + "{\"driver\": \"locked\", \"passenger\": \"locked\", \"rear_left\": \"locked\", \"rear_right\": "
            + "\"locked\"}, \"brakePedalStatus\": \"pressed\", \"brakePedalForce\": 1000.0}",
            EnvironmentOptions.DEFAULT);
        assertContains(hint(dry, "startEngine(ignitionMode='START')"), "fillFuelTank");
    }

    @Test
    public void doorsAndFuelAmounts() {
        EnvironmentInstance car = env.create("{}", EnvironmentOptions.DEFAULT);
        assertContains(hint(car, "lockDoors(unlock=True, door=['hood'])"), "driver, passenger, rear_left, rear_right");
        assertContains(hint(car, "fillFuelTank(fuelAmount=70)"), "displayCarStatus");
        assertContains(hint(car, "pressBrakePedal(pedalPosition=2)"), "fully pressed");
        assertContains(hint(car, "displayCarStatus(option='tyres')"), "fuel, battery, doors");
        EnvironmentInstance running = env.create("{\"engineState\": \"running\"}", EnvironmentOptions.DEFAULT);
        assertContains(hint(running, "setCruiseControl(speed=63, activate=True, distanceToNextVehicle=100)"),
            "multiple of 5");
    }
}
