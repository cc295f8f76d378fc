package io.envtune.runtime.hostile;

import io.envtune.api.ChatMessage;
import io.envtune.api.EnvironmentInstance;
import io.envtune.api.EnvironmentOptions;
import io.envtune.api.Role;
import io.envtune.api.Task;
import io.envtune.api.ToolCall;
import io.envtune.api.ToolEnvironment;
import io.envtune.api.ToolParameter;
import io.envtune.api.ToolResult;
import io.envtune.api.ToolSpec;
import io.envtune.api.UserTurn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A misbehaving environment written straight against the API, as a foreign bundle would be: {@code echo(text)} works,
 * {@code hang()} blocks and ignores interrupts until {@link #release()}, {@code big(n)} returns n characters,
 * {@code broken()} throws the NoSuchMethodError a bundle built against another API version would, {@code npe()} a
 * NullPointerException as a buggy port would.
 */
final class Hostile implements ToolEnvironment {

    static final String ID = "Hostile";

    /** The message of the NullPointerException {@code npe()} throws, as the JVM words a helpful one. */
    static final String NPE = "Cannot invoke \"java.util.Map.get(Object)\" because \"this.tickets\" is null";

    private final CountDownLatch release = new CountDownLatch(1);
    private final boolean hangOnState;

    Hostile(boolean hangOnState) {
        this.hangOnState = hangOnState;
    }

    /** Lets every hung call return. */
    void release() {
        release.countDown();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "6.6.6";
    }

    @Override
    public List<ToolSpec> tools() {
        ToolParameter text = new ToolParameter("text", "string", "Text.", true, null);
        ToolParameter n = new ToolParameter("n", "integer", "Length.", true, null);
        return List.of(new ToolSpec("echo", "Echoes.", List.of(text)), new ToolSpec("hang", "Hangs.", List.of()),
            new ToolSpec("big", "Returns n characters.", List.of(n)), new ToolSpec("broken", "Throws.", List.of()),
            new ToolSpec("npe", "Throws a NullPointerException.", List.of()));
    }

    @Override
    public EnvironmentInstance create(String scenarioJson, EnvironmentOptions options) {
        return new Instance();
    }

    /** Blocks until released, swallowing interrupts, as badly written code does. */
    void hang() {
        while (true) {
            try {
                if (release.await(10, TimeUnit.SECONDS)) {
                    return;
                }
            } catch (InterruptedException ignored) {
                // deliberately ignored: this environment does not cooperate
            }
        }
    }

    /**
     * @param turns each turn's ground truth
     * @return a task over this environment only
     */
    static Task task(List<List<String>> turns) {
        List<UserTurn> userTurns = new ArrayList<>();
        for (List<String> gt : turns) {
            userTurns.add(new UserTurn(List.of(new ChatMessage(Role.USER, "Do it.")), gt, List.of()));
        }
        return new Task("hostile_" + turns.hashCode(), "hostile", List.of(ID), Map.of(), userTurns, false);
    }

    private final class Instance implements EnvironmentInstance {
        private final List<String> log = new ArrayList<>();

        @Override
        public String environmentId() {
            return ID;
        }

        @Override
        public ToolResult invoke(ToolCall call) {
            switch (call.name()) {
                case "echo" -> log.add(String.valueOf(call.kwargs().get("text")));
                case "hang" -> hang();
                case "big" -> {
                    return ToolResult.ok("x".repeat(((Number) call.kwargs().get("n")).intValue()));
                }
                case "broken" -> throw new NoSuchMethodError("'void io.envtune.api.Gone.method()'");
                case "npe" -> throw new NullPointerException(NPE);
                default -> throw new IllegalStateException("no tool " + call.name());
            }
            return ToolResult.ok(String.valueOf(log));
        }

        @Override
        public Map<String, Object> attributes() {
            if (hangOnState) {
                hang();
            }
            return Map.of("log", log);
        }

        @Override
        public String canonicalState() {
            return "{\"log\":" + log.size() + "}";
        }
    }
}
