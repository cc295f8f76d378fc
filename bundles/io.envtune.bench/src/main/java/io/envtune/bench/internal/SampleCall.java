package io.envtune.bench.internal;

import java.util.List;
import java.util.Optional;

/**
 * A representative tool call on a loaded BFCL scenario. A call that changes the state it depends on has an undo call
 * that restores it, run untimed after each timed call, so every timed call does the same work.
 *
 * @param key a short name, also the JMH parameter value
 * @param taskId the BFCL entry whose initial configuration is loaded
 * @param call the call in Python syntax
 * @param undo the call that undoes it, or null when the call leaves the state as it found it
 */
public record SampleCall(String key, String taskId, String call, String undo) {

    /** The calls measured, one or two per domain, chosen among the commonest in the ground truth. */
    public static final List<SampleCall> ALL = List.of(
        new SampleCall("fs.ls", "multi_turn_base_0", "ls()", null),
        new SampleCall("fs.cd", "multi_turn_base_0", "cd(folder='document')", "cd(folder='..')"),
        new SampleCall("math.add", "multi_turn_base_15", "add(a=1, b=2)", null),
        new SampleCall("math.mean", "multi_turn_base_15", "mean(numbers=[3, 16, 60])", null),
        new SampleCall("message.view_messages_sent", "multi_turn_base_17", "view_messages_sent()", null),
        new SampleCall("posting.get_user_tweets", "multi_turn_base_0", "get_user_tweets(username='analyst_pro')",
            null),
        new SampleCall("ticket.get_ticket", "multi_turn_base_23", "get_ticket(ticket_id=7423)", null),
        new SampleCall("trading.get_stock_info", "multi_turn_base_100", "get_stock_info(symbol='AAPL')", null),
        new SampleCall("travel.get_flight_cost", "multi_turn_base_150",
            "get_flight_cost(travel_from='RMS', travel_to='SBK', travel_date='2026-10-06', travel_class='economy')",
            null),
        new SampleCall("vehicle.check_tire_pressure", "multi_turn_base_50", "check_tire_pressure()", null),
        new SampleCall("vehicle.displayCarStatus", "multi_turn_base_50", "displayCarStatus(option='fuel')", null));

    /**
     * @param key a call's key
     * @return the call
     * @throws IllegalArgumentException for an unknown key
     */
    public static SampleCall byKey(String key) {
        Optional<SampleCall> found = ALL.stream().filter(c -> c.key().equals(key)).findFirst();
        return found.orElseThrow(() -> new IllegalArgumentException("unknown sample call " + key));
    }
}
