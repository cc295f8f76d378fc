package io.envtune.train;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.envtune.api.ChatMessage;
import io.envtune.api.EpisodeRecord;
import io.envtune.api.FeedbackMode;
import io.envtune.api.Role;
import io.envtune.api.Step;
import io.envtune.api.StepOutcome;
import io.envtune.api.Task;
import io.envtune.api.TurnScore;
import io.envtune.api.UserTurn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.Test;

public class EvaluationTest {

    private static final String OK = "<think>x</think>\n<answer>done</answer>";

    private static Task task(String id, String split, boolean... calls) {
        List<UserTurn> turns = new ArrayList<>();
        for (boolean c : calls) {
            turns.add(new UserTurn(List.of(new ChatMessage(Role.USER, "q")), c ? List.of("f(x=1)") : List.of(),
                List.of()));
        }
        return new Task(id, split, List.of(), Map.of(), turns, false);
    }

    private static EpisodeRecord episode(Task t, List<String> texts, String endReason, boolean... passed) {
        List<Step> steps = new ArrayList<>();
        for (String s : texts) {
            steps.add(new Step(0, steps.size(), s, StepOutcome.ANSWER, List.of(), List.of(), ""));
        }
        List<TurnScore> scores = new ArrayList<>();
        for (int i = 0; i < passed.length; i++) {
            scores.add(new TurnScore(i, passed[i], passed[i] ? "" : "multi_turn:x"));
        }
        return new EpisodeRecord("e" + System.nanoTime(), t.id(), "eval", FeedbackMode.STANDARD, Map.of(), steps,
            scores, t.turns().size(), endReason);
    }

    @Test
    public void toolAndAnswerTurnsAreCountedApartAndUnreachedTurnsFail() {
        Task a = task("a", "base", true, false, true);
        Task b = task("b", "miss_func", false);
        List<EpisodeRecord> records = List.of(
            episode(a, List.of(OK, "no tags at all"), null, true, true, false),
            episode(a, List.of(OK), "policy_error: boom", true), // ended after turn 0: turns 1 and 2 count as failed
            episode(b, List.of(OK), null, true));
        Evaluation e = Evaluation.of(List.of(a, b), records);
        assertEquals(3, e.episodes());
        assertEquals(2, e.tasks());
        assertEquals(1, e.faulted());
        assertEquals("tool turns: 2 of 4 passed", 0.5, e.toolTurnAccuracy().value(), 1e-12);
        assertEquals(4, e.toolTurnAccuracy().n());
        assertEquals("answer turns: a/1 passed once of twice, b passed", 2.0 / 3, e.answerTurnAccuracy().value(),
            1e-12);
        assertEquals("success: only b", 1.0 / 3, e.success().value(), 1e-12);
        assertEquals((2.0 / 3 + 1.0 / 3 + 1) / 3, e.progress().value(), 1e-12);
        assertEquals("the strict parser rejects the untagged text", 3.0 / 4, e.formatValidity().value(), 1e-12);
        assertEquals(List.of("base", "miss_func"), List.copyOf(e.splits().keySet()));
        assertEquals(0.5, e.splits().get("base").toolTurnAccuracy().value(), 1e-12);
        assertEquals(0, e.splits().get("miss_func").toolTurnAccuracy().n());
    }

    @Test
    public void theStandardErrorIsTheRatioEstimatorsOverTasks() {
        Random rnd = new Random(3);
        for (int trial = 0; trial < 200; trial++) {
            int k = 2 + rnd.nextInt(8);
            double[] y = new double[k];
            double[] x = new double[k];
            for (int i = 0; i < k; i++) {
                x[i] = 1 + rnd.nextInt(6);
                y[i] = rnd.nextInt((int) x[i] + 1);
            }
            Figure f = Figure.ratio(y, x);
            double sy = 0;
            double sx = 0;
            for (int i = 0; i < k; i++) {
                sy += y[i];
                sx += x[i];
            }
            double r = sy / sx;
            // plain definition: variance of the linearised per-task values z_i = (y_i - r x_i) / mean(x)
            double mx = sx / k;
            double var = 0;
            for (int i = 0; i < k; i++) {
                double z = (y[i] - r * x[i]) / mx;
                var += z * z;
            }
            assertEquals(r, f.value(), 1e-12);
            assertEquals(Math.sqrt(var / (k - 1) / k), f.se(), 1e-12);
            assertEquals(Math.round(sx), f.n());
        }
    }

    @Test
    public void withEqualCountsTheErrorIsTheStandardErrorOfTheTaskMeans() {
        // 3 tasks x 4 samples of success: per-task means 1/4, 2/4, 4/4
        Figure f = Figure.ratio(new double[] {1, 2, 4}, new double[] {4, 4, 4});
        double[] m = {0.25, 0.5, 1.0};
        double mean = (0.25 + 0.5 + 1.0) / 3;
        double ss = 0;
        for (double v : m) {
            ss += (v - mean) * (v - mean);
        }
        assertEquals(mean, f.value(), 1e-12);
        assertEquals(Math.sqrt(ss / 2) / Math.sqrt(3), f.se(), 1e-12);
        assertTrue(Double.isNaN(Figure.ratio(new double[] {1}, new double[] {2}).se()));
        assertEquals(Figure.NONE, Figure.ratio(new double[] {0}, new double[] {0}));
    }
}
