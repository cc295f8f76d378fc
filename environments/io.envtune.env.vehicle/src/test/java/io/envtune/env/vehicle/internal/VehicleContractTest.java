package io.envtune.env.vehicle.internal;

import io.envtune.api.ToolEnvironment;
import io.envtune.testkit.EnvironmentContractTest;
import java.util.List;

/**
 * VehicleControlAPI keeps the contract every environment keeps ({@link EnvironmentContractTest}), on the scenario and
 * the calls of its built-in task {@code veh_base_2}.
 */
public final class VehicleContractTest extends EnvironmentContractTest {

    private final ToolEnvironment environment = new VehicleEnvironment();

    @Override
    protected ToolEnvironment environment() {
        return environment;
    }

    @Override
    protected String scenarioJson() {
        return "{\"fuelLevel\": 20.0, \"batteryVoltage\": 12.6, \"engineState\": \"stopped\", "
            + "\"doorStatus\": {\"driver\": \"unlocked\", \"passenger\": \"unlocked\", "
            + "\"rear_left\": \"unlocked\", \"rear_right\": \"unlocked\"}, \"acTemperature\": 22.0, "
            + "\"fanSpeed\": 40, \"acMode\": \"auto\", \"humidityLevel\": 45.0, \"headLightStatus\": \"off\", "
            + "\"parkingBrakeStatus\": \"released\", \"parkingBrakeForce\": 0.0, \"slopeAngle\": 0.0, "
            + "\"brakePedalStatus\": \"released\", \"brakePedalForce\": 0.0, "
            + "\"distanceToNextVehicle\": 50.0, \"cruiseStatus\": \"inactive\", \"destination\": \"None\", "
            + "\"frontLeftTirePressure\": 32.0, \"frontRightTirePressure\": 32.0, "
            + "\"rearLeftTirePressure\": 31.0, \"rearRightTirePressure\": 31.0}";
    }

    @Override
    protected List<String> sampleCalls() {
        return List.of(
            "lockDoors(unlock=False, door=['driver', 'passenger', 'rear_left', 'rear_right'])",
            "pressBrakePedal(pedalPosition=1.0)",
            "startEngine(ignitionMode='START')");
    }
}
