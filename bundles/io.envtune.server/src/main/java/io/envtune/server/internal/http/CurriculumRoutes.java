package io.envtune.server.internal.http;

import io.envtune.api.Stage;
import io.envtune.api.StepMetrics;
import io.envtune.server.internal.core.CurriculumService;
import java.util.List;

/** The curriculum routes: position, a stage's tasks, metrics reports and promotion. */
final class CurriculumRoutes {

    private final CurriculumService curriculum;

    CurriculumRoutes(CurriculumService curriculum) {
        this.curriculum = curriculum;
    }

    List<Route> routes() {
        return List.of(
            new Route("GET", "/v1/curriculum", c -> Route.Reply.ok(position(curriculum.position(), false)),
                Route.Kind.READ),
            new Route("GET", "/v1/curriculum/tasks", this::tasks, Route.Kind.READ),
            new Route("POST", "/v1/curriculum/metrics", this::metrics, Route.Kind.WRITE),
            new Route("POST", "/v1/curriculum/promote", c -> {
                CurriculumService.Observed o = curriculum.promote();
                return Route.Reply.ok(position(o.position(), o.promoted()));
            }, Route.Kind.WRITE));
    }

    /**
     * Where the curriculum is.
     *
     * @param index the current stage's index
     * @param stage the current stage
     * @param stages every stage's name, in order
     * @param promoted whether the request that produced this moved to the next stage
     */
    record Position(int index, Stage stage, List<String> stages, boolean promoted) {
    }

    /**
     * A stage's tasks.
     *
     * @param stage the stage name
     * @param definition the stage: splits, subset size, rewards, feedback mode, prompt, step cap, promotion rule
     * @param taskIds the task ids
     */
    record Tasks(String stage, Stage definition, List<String> taskIds) {
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw Json.bad(message);
        }
    }

    private static Position position(CurriculumService.Position p, boolean promoted) {
        return new Position(p.index(), p.current(), p.stages().stream().map(Stage::name).toList(), promoted);
    }

    private Route.Reply tasks(Route.Call call) {
        CurriculumService.StageTasks t = curriculum.tasks(call.query().get("stage"));
        return Route.Reply.ok(new Tasks(t.stage().name(), t.stage(), t.taskIds()));
    }

    private Route.Reply metrics(Route.Call call) {
        Bodies.Metrics m = Json.decode(Json.object(call.body()), Bodies.Metrics.class);
        if (m.step() == null || m.rewardMean() == null || m.gradNorm() == null) {
            throw Json.bad("step, rewardMean and gradNorm are required (validationAccuracy is optional)");
        }
        check(m.step() >= 0, "step must be >= 0, was " + m.step());
        check(Double.isFinite(m.rewardMean()), "rewardMean must be a finite number");
        check(m.gradNorm() >= 0 && Double.isFinite(m.gradNorm()), "gradNorm must be a finite number >= 0, was "
            + m.gradNorm());
        check(m.validationAccuracy() == null || (m.validationAccuracy() >= 0 && m.validationAccuracy() <= 1),
            "validationAccuracy must be in [0, 1], was " + m.validationAccuracy());
        double accuracy = m.validationAccuracy() == null ? Double.NaN : m.validationAccuracy();
        CurriculumService.Observed o = curriculum.observe(new StepMetrics(m.step(), m.rewardMean(), m.gradNorm(),
            accuracy));
        return Route.Reply.ok(position(o.position(), o.promoted()));
    }
}
