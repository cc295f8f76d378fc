package io.envtune.toolkit.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

/**
 * What a domain needs to draft one task.
 *
 * @param random the task's random numbers (the same object {@code wording} draws from)
 * @param wording the task's wording
 * @param turns how many turns to draft (before a miss split adds its extra turn)
 * @param maxCallsPerTurn the most ground-truth calls one turn may hold
 * @param split the split the task will become, so a domain can make sure the draft supports it
 */
public record DraftContext(SplittableRandom random, Wording wording, int turns, int maxCallsPerTurn, String split) {

    /** @return a number of calls for one turn, uniformly 1 to {@link #maxCallsPerTurn()} */
    public int callBudget() {
        return 1 + random.nextInt(maxCallsPerTurn);
    }

    /**
     * @param bound the exclusive upper bound, at least 1
     * @return a uniform int in {@code [0, bound)}
     */
    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /**
     * @param percent the chance in percent
     * @return true with that chance
     */
    public boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    /**
     * Fills one turn from a menu of request makers: draws a {@link #callBudget()}, then repeatedly tries the makers in
     * a random order and takes the first request one gives, until the budget is spent or no maker gives one. Each
     * maker serves a turn at most once, so a turn never asks the same thing twice (list a maker twice to allow it). A
     * maker
     * is called with the calls still free in the turn and answers null when its request does not apply to the current
     * state or needs more calls; a maker that gives a request updates the domain's model of the state as the calls
     * will. So the turn holds 1 to {@code maxCallsPerTurn} calls.
     *
     * @param menu the request makers
     * @return the requests of the turn, at least one
     * @throws IllegalStateException when no maker gives a request at all, or one gives more calls than were free
     */
    public List<Request> fillTurn(List<IntFunction<Request>> menu) {
        int room = callBudget();
        List<Request> out = new ArrayList<>();
        List<IntFunction<Request>> left = new ArrayList<>(menu);
        while (room > 0) {
            Request r = pick(left, room);
            if (r == null) {
                break;
            }
            out.add(r);
            room -= r.calls().size();
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no request applies to this state");
        }
        return out;
    }

    /** Takes the maker that gives a request out of {@code left}. */
    private Request pick(List<IntFunction<Request>> left, int room) {
        List<IntFunction<Request>> order = new ArrayList<>(left);
        for (int i = order.size() - 1; i > 0; i--) {
            order.set(i, order.set(random.nextInt(i + 1), order.get(i)));
        }
        for (IntFunction<Request> maker : order) {
            Request r = maker.apply(room);
            if (r != null) {
                if (r.calls().size() > room) {
                    throw new IllegalStateException(r.calls().size() + " calls given, " + room + " free: " + r);
                }
                left.remove(maker);
                return r;
            }
        }
        return null;
    }
}
