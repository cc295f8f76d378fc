package io.envtune.train.internal;

import io.envtune.api.ScoredGroup;
import io.envtune.api.ScoredRollout;
import java.util.ArrayList;
import java.util.List;

/**
 * Takes rollouts that ended by a fault (a policy error, a tool call over its time limit, a failing environment:
 * {@code EpisodeRecord#endReason()} set) out of their GRPO groups. Why: such an episode's reward measures the fault,
 * not the policy; scored 0, it would push down whatever the policy said before the fault. The groups keep their
 * order; a group left with fewer than two rollouts carries no signal and the trainer counts it as such.
 */
public final class FaultFilter {

    private FaultFilter() {
    }

    /**
     * The groups without their faulted rollouts.
     *
     * @param groups the scored groups
     * @param faulted the faulted rollouts left out
     */
    public record Result(List<ScoredGroup> groups, List<ScoredRollout> faulted) {

        /** Copies the lists. */
        public Result {
            groups = List.copyOf(groups);
            faulted = List.copyOf(faulted);
        }
    }

    /**
     * @param groups scored groups
     * @return the groups with every faulted rollout removed, and those rollouts
     */
    public static Result apply(List<ScoredGroup> groups) {
        List<ScoredGroup> kept = new ArrayList<>();
        List<ScoredRollout> faulted = new ArrayList<>();
        for (ScoredGroup g : groups) {
            List<ScoredRollout> ok = new ArrayList<>();
            for (ScoredRollout r : g.rollouts()) {
                (r.record().endReason() != null ? faulted : ok).add(r);
            }
            if (!ok.isEmpty()) {
                kept.add(ok.size() == g.rollouts().size() ? g : new ScoredGroup(g.taskId(), ok));
            }
        }
        return new Result(kept, faulted);
    }
}
