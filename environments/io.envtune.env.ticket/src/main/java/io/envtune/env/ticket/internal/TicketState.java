package io.envtune.env.ticket.internal;

import io.envtune.toolkit.DomainState;
import io.envtune.toolkit.PyValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The state of one TicketAPI instance: the public attributes of the reference class, loaded from a scenario like its
 * {@code _load_scenario} (defaults: empty queue, counter 1, nobody logged in). Confined to one thread, like the
 * episode it belongs to.
 */
final class TicketState implements DomainState {

    List<Object> ticketQueue = new ArrayList<>();
    Object ticketCounter = 1L;
    Object currentUser;

    /**
     * @param scenarioJson the {@code TicketAPI} block of a BFCL initial config, {@code {}} for the defaults
     * @throws IllegalArgumentException when it is not a JSON object or its queue is not a list
     */
    @SuppressWarnings("unchecked")
    TicketState(String scenarioJson) {
        Object parsed = PyValues.deepCopy(PyValues.fromJson(scenarioJson));
        if (!(parsed instanceof Map)) {
            throw new IllegalArgumentException("TicketAPI scenario must be a JSON object");
        }
        Map<String, Object> scenario = (Map<String, Object>) parsed;
        if (scenario.containsKey("ticket_queue")) {
            if (!(scenario.get("ticket_queue") instanceof List)) {
                throw new IllegalArgumentException("scenario key ticket_queue must be a JSON array");
            }
            ticketQueue = (List<Object>) scenario.get("ticket_queue");
        }
        ticketCounter = scenario.getOrDefault("ticket_counter", ticketCounter);
        currentUser = scenario.getOrDefault("current_user", currentUser);
    }

    @Override
    public Map<String, Object> attributes() {
        return PyValues.dict("ticket_queue", ticketQueue, "ticket_counter", ticketCounter, "current_user", currentUser);
    }
}
