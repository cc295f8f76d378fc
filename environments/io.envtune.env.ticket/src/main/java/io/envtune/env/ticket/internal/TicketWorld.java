package io.envtune.env.ticket.internal;

import io.envtune.api.EnvironmentOptions;
import io.envtune.toolkit.PyText;
import io.envtune.toolkit.PyValues;
import io.envtune.toolkit.TableInstance;
import io.envtune.toolkit.generate.LiveCalls;
import io.envtune.toolkit.generate.Request;
import io.envtune.toolkit.generate.Wording;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One generated task's world while it is written: its wording (and random numbers), the live TicketAPI instance the
 * ground truth has reached so far, and who the user is (name and password, also when the scenario starts logged out).
 * A chosen request's calls run here at once, through the same executor an episode uses, so later turns see their
 * effects (new ids, closed tickets) and a call the domain refuses is caught while generating.
 */
final class TicketWorld {

    final Wording w;
    final String user;
    final String password;
    private final TableInstance<TicketState> instance;
    private final LiveCalls calls;

    @SuppressWarnings("unchecked")
    TicketWorld(Wording w, Map<String, Object> scenario) {
        this.w = w;
        this.instance = (TableInstance<TicketState>) new TicketEnvironment().create(PyText.dumps(scenario),
            EnvironmentOptions.DEFAULT);
        this.calls = new LiveCalls(instance, TicketTable.TABLE.names());
        this.user = owner(scenario);
        this.password = TicketScenarios.password(w);
    }

    boolean loggedIn() {
        return PyValues.truthy(instance.state().currentUser);
    }

    /** @return the tickets of the queue as dicts, in queue order */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> tickets() {
        List<Map<String, Object>> out = new ArrayList<>();
        instance.state().ticketQueue.forEach(t -> out.add((Map<String, Object>) t));
        return out;
    }

    /** @return the user's own tickets */
    List<Map<String, Object>> mine() {
        return tickets().stream().filter(t -> user.equals(t.get("created_by"))).toList();
    }

    /**
     * @param request a request made for the current state, or null
     * @param room the calls still free in the turn
     * @return the request, its calls run, when it fits the room; else null and nothing runs
     */
    Request offer(Request request, int room) {
        return calls.offer(request, room);
    }

    /**
     * Runs a chosen request's ground truth.
     *
     * @throws IllegalStateException when a call fails: the generator chose arguments the domain refuses
     */
    void run(Request request) {
        calls.run(request);
    }

    private static String owner(Map<String, Object> scenario) {
        if (scenario.get("current_user") instanceof String name) {
            return name;
        }
        return (String) PyValues.item(((List<?>) scenario.get("ticket_queue")).get(0), "created_by");
    }
}
