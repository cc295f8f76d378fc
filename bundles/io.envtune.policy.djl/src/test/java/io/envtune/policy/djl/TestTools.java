package io.envtune.policy.djl;

import io.envtune.api.ToolParameter;
import io.envtune.api.ToolSpec;
import java.util.List;

/** A few tool specs for the tests. */
public final class TestTools {

    private TestTools() {
    }

    /** @return two small tools */
    public static List<ToolSpec> tools() {
        return List.of(
                new ToolSpec("get_weather", "Get the weather for a city", List.of(
                        new ToolParameter("city", "string", "the city", true, null),
                        new ToolParameter("unit", "string", "celsius or fahrenheit", false, "'celsius'"))),
                new ToolSpec("ls", "List the files of the current directory", List.of(
                        new ToolParameter("a", "boolean", "show hidden files", false, "False"))));
    }
}
