package io.envtune.runtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.envtune.api.Completion;
import io.envtune.api.Conversation;
import io.envtune.api.EpisodeRecord;
import io.envtune.api.FeedbackMode;
import io.envtune.api.Policy;
import io.envtune.api.PromptVariant;
import io.envtune.api.SamplingParams;
import io.envtune.api.Step;
import io.envtune.api.StepOutcome;
import io.envtune.api.Task;
import io.envtune.api.TaskSource;
import io.envtune.api.ToolEnvironment;
import io.envtune.api.TurnScore;
import io.envtune.runtime.policy.OraclePolicy;
import io.envtune.testkit.BfclDomains;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.junit.Test;

/**
 * The trajectory token budget (the paper's {@code max_response_length} over a whole multi-turn episode): each call
 * asks for at most the budget left, the response that uses it up is recorded but not played, and the episode ends
 * with its unclosed turns failed and no fault reason, so it stays in training.
 */
public class TrajectoryBudgetTest {

    private static final int COST = 10;

    /** The oracle's answers, each costing {@value #COST} tokens, cut (and marked truncated) at the call's budget. */
    private static final class Costly implements Policy {
        private final OraclePolicy oracle;
        final List<Integer> asked = Collections.synchronizedList(new ArrayList<>());

        Costly(Task task, Function<String, ToolEnvironment> lookup) {
            this.oracle = new OraclePolicy(task, lookup);
        }

        @Override
        public String name() {
            return "costly-oracle";
        }

        @Override
        public List<List<Completion>> complete(List<Conversation> batch, SamplingParams params) {
            asked.add(params.maxNewTokens());
            List<List<Completion>> out = new ArrayList<>();
            for (List<Completion> c : oracle.complete(batch, params)) {
                int n = Math.min(COST, params.maxNewTokens());
                out.add(List.of(new Completion(c.get(0).text(), Collections.nCopies(n, 7),
                    Collections.nCopies(n, -1f), n < COST)));
            }
            return out;
        }
    }

    private static Task twoTurnTask() throws ReflectiveOperationException {
        TaskSource math = (TaskSource) Class.forName("io.envtune.env.math.internal.MathTasks").getConstructor()
            .newInstance();
        return math.tasks().stream().filter(t -> t.turns().size() >= 2
            && t.turns().stream().noneMatch(u -> u.groundTruth().isEmpty())).findFirst().orElseThrow();
    }

    private static EpisodeRecord play(Task task, Costly policy, int budget) {
        Function<String, ToolEnvironment> lookup = BfclDomains.lookup();
        EpisodeConfig config = new EpisodeConfig("t", FeedbackMode.STANDARD, PromptVariant.B, 20,
            EmptyTurnCalls.EXECUTE, null);
        try (RolloutExecutor executor = new RolloutExecutor(1, 8)) {
            return executor.runAll(List.of(task), t -> policy, new RolloutExecutor.Plan(config, lookup,
                AugmenterChain.EMPTY, new SamplingParams(1, 0, 1, 0, 512, List.of(), 1), true, budget)).get(0)
                .record();
        }
    }

    @Test
    public void withoutABudgetTheOraclePassesEveryTurn() throws Exception {
        Task task = twoTurnTask();
        Costly policy = new Costly(task, BfclDomains.lookup());
        EpisodeRecord r = play(task, policy, 0);
        assertEquals(task.turns().size(), r.turnScores().size());
        assertTrue(r.turnScores().stream().allMatch(TurnScore::passed));
        assertTrue("every call asks the per-response budget", policy.asked.stream().allMatch(n -> n == 512));
    }

    @Test
    public void theResponseThatUsesUpTheBudgetIsNotPlayedAndTheEpisodeEnds() throws Exception {
        Task task = twoTurnTask();
        Costly policy = new Costly(task, BfclDomains.lookup());
        // The oracle needs two responses for the first turn (call, answer): 20 tokens. With 25, each call asks for what
        // is left; the third response is asked for 5 tokens, cut there, and so uses the budget up.
        EpisodeRecord r = play(task, policy, 2 * COST + 5);
        assertEquals(List.of(25, 15, 5), policy.asked);
        assertNull("a model outcome, not a fault", r.endReason());
        assertEquals("only the first turn was closed", 1, r.turnScores().size());
        assertTrue(r.turnScores().get(0).passed());
        Step last = r.steps().get(r.steps().size() - 1);
        assertEquals(StepOutcome.TOKEN_BUDGET, last.outcome());
        assertEquals(1, last.turn());
        assertTrue("nothing of it ran", last.calls().isEmpty() && last.results().isEmpty());
        assertEquals(3, r.steps().size());
    }

    @Test
    public void aBudgetReachedExactlyByACompleteResponseEndsTheEpisodeBeforeTheNextCall() throws Exception {
        Task task = twoTurnTask();
        Costly policy = new Costly(task, BfclDomains.lookup());
        EpisodeRecord r = play(task, policy, 2 * COST);
        assertEquals("no call is made with nothing left", List.of(20, 10), policy.asked);
        assertEquals(1, r.turnScores().size());
        assertNull(r.endReason());
        assertEquals("both responses were played", StepOutcome.ANSWER, r.steps().get(1).outcome());
    }
}
