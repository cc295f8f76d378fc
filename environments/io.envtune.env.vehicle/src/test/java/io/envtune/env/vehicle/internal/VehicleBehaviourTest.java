package io.envtune.env.vehicle.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonObject;
import io.envtune.api.FailureKind;
import io.envtune.api.ToolCall;
import io.envtune.api.ToolResult;
import io.envtune.testkit.BfclFixtures;
import io.envtune.testkit.ToolSession;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.Test;

/** Focused checks of the behaviours that are easy to get wrong: order of effects, wrong types, per-instance state. */
public class VehicleBehaviourTest {

    private static final String LOCKED = "{\"doorStatus\": {\"driver\": \"locked\", \"passenger\": \"locked\","
            + " \"rear_left\": \"locked\", \"rear_right\": \"locked\"}}";

    private static ToolSession car(String scenario, boolean longContext) {
        return ToolSession.of(new VehicleEnvironment(), scenario, longContext);
    }

    @Test
    public void stopStopsTheEngineYetReportsAnInvalidMode() {
        ToolSession run = car("{\"engineState\": \"running\"}", false);
        run.call("lockDoors(unlock=False, door=['driver', 'passenger', 'rear_left', 'rear_right'])");
        run.call("pressBrakePedal(pedalPosition=1.0)");
        assertEquals("{\"error\": \"Invalid ignition mode.\"}", run.call("startEngine(ignitionMode='STOP')"));
        assertTrue(run.state().contains("\"engine_state\":\"stopped\""));
    }

    @Test
    public void unknownDoorRaisesAfterEarlierDoorsChanged() {
        ToolSession run = car("{}", false);
        assertEquals("Error during execution: 'bogus'", run.call("lockDoors(unlock=False, door=['driver', 'bogus'])"));
        assertTrue(run.state().contains("\"driver\":\"locked\""));
        assertTrue(run.state().contains("\"remainingUnlockedDoors\":3"));
    }

    @Test
    public void invalidCruiseSpeedStillStoresTheDistance() {
        ToolSession run = car("{\"engineState\": \"running\"}", false);
        assertEquals("{\"error\": \"Invalid speed\"}",
                run.call("setCruiseControl(speed=62, activate=True, distanceToNextVehicle=75)"));
        assertTrue(run.state().contains("\"distanceToNextVehicle\":75.0"));
        assertTrue(run.state().contains("\"cruiseStatus\":\"inactive\""));
    }

    @Test
    public void intPedalPositionStoresAnIntForceButPrintsAFloat() {
        ToolSession run = car("{}", false);
        assertEquals("{\"brakePedalStatus\": \"pressed\", \"brakePedalForce\": 1000.0}",
                run.call("pressBrakePedal(pedalPosition=1)"));
        assertEquals("{\"brakePedalStatus\": \"pressed\", \"brakePedalForce\": 1000}",
                run.call("displayCarStatus(option='brakePedal')"));
    }

    @Test
    public void wrongArgumentTypesGivePythonsErrors() {
        ToolSession run = car("{}", false);
        String prefix = "Error during execution: ";
        assertEquals(prefix + "'<' not supported between instances of 'str' and 'int'",
                run.call("fillFuelTank(fuelAmount='10')"));
        assertEquals(prefix + "'int' object is not iterable", run.call("lockDoors(unlock=True, door=5)"));
        assertEquals(prefix + "unhashable type: 'list'", run.call("lockDoors(unlock=True, door=[['driver']])"));
        assertEquals(prefix + "could not convert string to float: 'abc'",
                run.call("setCruiseControl(speed='abc', activate=True, distanceToNextVehicle=10)"));
        assertEquals(prefix + "can't multiply sequence by non-int of type 'float'",
                run.call("liter_to_gallon(liter='3')"));
        assertEquals(prefix + "'<=' not supported between instances of 'int' and 'NoneType'",
                run.call("adjustClimateControl(temperature=20, fanSpeed=None)"));
        assertEquals("{\"error\": \"Invalid headlight mode.\"}", run.call("setHeadlights(mode=None)"));
        assertEquals(prefix + "can only concatenate str (not \"int\") to str", run.call("set_navigation(destination=5)"));
        // The destination is stored before the message fails, as in the reference.
        assertTrue(run.state().contains("\"destination\":5"));
    }

    @Test
    public void numericStringsPassThroughFloatInCruiseControl() {
        ToolSession run = car("{\"engineState\": \"running\"}", false);
        assertEquals("{\"cruiseStatus\": \"active\", \"currentSpeed\": 65.0, \"distanceToNextVehicle\": 100.0}",
                run.call("setCruiseControl(speed=' 65 ', activate=1, distanceToNextVehicle='1_00')"));
    }

    @Test
    public void weatherReportIsPerInstanceAndKeepsTheKeyInPlace() {
        ToolSession a = car(LOCKED, true);
        ToolSession b = car(LOCKED, true);
        String first = a.call("get_outside_temperature_from_google()");
        String second = a.call("get_outside_temperature_from_google()");
        String other = b.call("get_outside_temperature_from_google()");
        assertTrue(first.endsWith("\"outsideTemperature\": 36.63485703790535}"));
        assertTrue(second.endsWith("\"outsideTemperature\": 31.29968928699752}"));
        // Same seed, own report: instance b's first reading equals a's first, unaffected by a's second call.
        assertEquals(first, other);
        assertEquals(first.indexOf("outsideTemperature"), second.indexOf("outsideTemperature"));
        assertNotEquals(first, second);
    }

    @Test
    public void errorsCarryTheirStructuredCause() {
        ToolSession run = car("{}", false);
        ToolResult r = run.instance().invoke(new ToolCall("startEngine", List.of("START"), Map.of()));
        assertEquals(FailureKind.PRECONDITION_FAILED, r.failure().kind());
        r = run.instance().invoke(new ToolCall("estimate_distance", List.of("1", "2"), Map.of()));
        assertEquals(FailureKind.NOT_FOUND, r.failure().kind());
        r = run.instance().invoke(new ToolCall("lockDoors", List.of(true, List.of("hood")), Map.of()));
        assertEquals(FailureKind.NOT_FOUND, r.failure().kind());
        assertEquals("door", r.failure().parameter());
    }

    @Test
    public void specsFollowTheFuncDocsInPythonOrder() {
        List<JsonObject> docs;
        try (Stream<JsonObject> lines = BfclFixtures.jsonl(BfclFixtures.dataDir()
                .resolve("multi_turn_func_doc/vehicle_control.json"))) {
            docs = lines.toList();
        }
        Map<String, List<String>> specs = new java.util.HashMap<>();
        new VehicleEnvironment().tools().forEach(s -> specs.put(s.name(),
                s.parameters().stream().map(p -> p.name()).toList()));
        assertEquals(22, specs.size());
        for (JsonObject doc : docs) {
            String name = doc.get("name").getAsString();
            List<String> documented = List.copyOf(doc.getAsJsonObject("parameters").getAsJsonObject("properties")
                    .keySet());
            assertEquals(name, documented, specs.get(name));
        }
    }
}
