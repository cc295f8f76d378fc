package io.envtune.itest.hostile;

import io.envtune.api.ChatMessage;
import io.envtune.api.Role;
import io.envtune.api.Task;
import io.envtune.api.TaskSource;
import io.envtune.api.UserTurn;
import java.util.List;
import java.util.Map;

/**
 * Two tasks over the hostile environment: one that echoes (passes) and one whose ground truth hangs (mode
 * {@code serve}: {@code hostile_echo}, {@code hostile_hang}) or crashes (mode {@code npe}: {@code crash_echo},
 * {@code crash_npe}).
 */
final class HostileTasks implements TaskSource {

    private final String env;
    private final String mode;

    HostileTasks(String env, String mode) {
        this.env = env;
        this.mode = mode;
    }

    @Override
    public String id() {
        return "hostile." + env;
    }

    @Override
    public List<Task> tasks() {
        if ("npe".equals(mode)) {
            return List.of(task("crash_echo", "echo(text='a')"), task("crash_npe", "crash()"));
        }
        return List.of(task("hostile_echo", "echo(text='a')"), task("hostile_hang", "hang()"));
    }

    private Task task(String id, String call) {
        UserTurn turn = new UserTurn(List.of(new ChatMessage(Role.USER, "Please " + call)), List.of(call), List.of());
        return new Task(id, "hostile", List.of(env), Map.of(), List.of(turn), false);
    }
}
