package io.envtune.toolkit.generate;

import io.envtune.api.EnvironmentInstance;
import io.envtune.api.ToolResult;
import io.envtune.toolkit.CallExecutor;
import java.util.List;
import java.util.Set;

/**
 * A generator's live instance of its domain: a chosen request's ground-truth calls run here at once, through the same
 * executor an episode uses, so later requests are drafted against the state those calls leave (new ids, balances,
 * tokens read back exactly). Not thread-safe: one per task being drafted.
 */
public final class LiveCalls {

    private final CallExecutor executor;

    /**
     * @param instance the domain instance the task starts from
     * @param toolNames the domain's tool names
     */
    public LiveCalls(EnvironmentInstance instance, Set<String> toolNames) {
        this.executor = new CallExecutor(List.of(new CallExecutor.ToolLookup(instance, toolNames)));
    }

    /**
     * @param request a request made for the current state, or null
     * @param room the calls still free in the turn
     * @return the request, its calls run, when it fits the room; else null and nothing runs
     * @throws IllegalStateException when a call fails: the generator chose arguments the domain refuses
     */
    public Request offer(Request request, int room) {
        if (request == null || request.calls().size() > room) {
            return null;
        }
        run(request);
        return request;
    }

    /**
     * Runs a chosen request's ground truth.
     *
     * @param request the request
     * @throws IllegalStateException when a call fails: the generator chose arguments the domain refuses
     */
    public void run(Request request) {
        for (String call : request.calls()) {
            ToolResult result = executor.execute(call);
            if (result.failed()) {
                throw new IllegalStateException("generated call fails: " + call + " -> " + result.text());
            }
        }
    }
}
