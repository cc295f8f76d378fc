package io.envtune.env.travel.internal;

import io.envtune.api.EnvironmentOptions;
import io.envtune.env.travel.internal.TravelScenarios.Traveller;
import io.envtune.toolkit.PyText;
import io.envtune.toolkit.TableInstance;
import io.envtune.toolkit.generate.LiveCalls;
import io.envtune.toolkit.generate.Request;
import io.envtune.toolkit.generate.Wording;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One generated task's world while it is written: its wording, the traveller, and the live TravelAPI instance the
 * ground truth has reached (tokens, card and booking ids drawn by the domain's own random generator are read from
 * it). It also remembers whether the conversation has shown the access token yet, either in a tool result or in the
 * user's words, so the first request that needs it states it.
 */
final class TravelWorld {

    final Wording w;
    final Traveller who;
    private final TableInstance<TravelState> instance;
    private final LiveCalls calls;
    private boolean tokenShown;

    @SuppressWarnings("unchecked")
    TravelWorld(Wording w, Traveller who, Map<String, Object> scenario) {
        this.w = w;
        this.who = who;
        this.instance = (TableInstance<TravelState>) new TravelEnvironment().create(PyText.dumps(scenario),
            EnvironmentOptions.DEFAULT);
        this.calls = new LiveCalls(instance, TravelTable.TABLE.names());
    }

    TravelState state() {
        return instance.state();
    }

    boolean loggedIn() {
        return state().tokenExpiresIn != null;
    }

    String token() {
        return (String) state().accessToken;
    }

    /** @return {@code clause}, followed by the access token when the conversation has not shown it yet */
    String withToken(String clause) {
        if (tokenShown) {
            return clause;
        }
        return clause + Wording.fill(w.pick(" (my access token is {t})", " (token {t})",
            " (access token: {t})", " (use the token {t})"), Map.of("t", token()));
    }

    List<String> cardIds() {
        return new ArrayList<>(state().creditCardList.keySet());
    }

    double balance(String cardId) {
        return ((Number) AccountTools.card(state(), cardId).get("balance")).doubleValue();
    }

    List<String> bookingIds() {
        return new ArrayList<>(state().bookingRecord.keySet());
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
     * Runs a chosen request's ground truth; afterwards the token counts as shown if any call used it or logged in.
     *
     * @throws IllegalStateException when a call fails: the generator chose arguments the domain refuses
     */
    void run(Request request) {
        calls.run(request);
    }
}
