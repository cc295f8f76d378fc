package io.envtune.env.math.internal;

import io.envtune.api.TaskGenerator;
import io.envtune.toolkit.generate.DraftContext;
import io.envtune.toolkit.generate.DraftGenerator;
import io.envtune.toolkit.generate.Request;
import io.envtune.toolkit.generate.TaskDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.osgi.service.component.annotations.Component;

/**
 * Generates MathAPI tasks: turns of arithmetic, roots, logarithms, statistics and unit conversions over varied
 * numbers (negatives, thousands, two-decimal floats), some building on an earlier exact result. MathAPI has no
 * state, so the scenario is {@code {}}. Ids {@code gen_math_<split>_<seed>_<i>}.
 */
@Component(service = TaskGenerator.class)
public final class MathGenerator extends DraftGenerator {

    /** Creates the component; it has no configuration. */
    public MathGenerator() {
        super(MathTable.OWNER, "math");
    }

    @Override
    protected TaskDraft draft(DraftContext c) {
        TaskDraft draft = new TaskDraft(MathTable.OWNER, "{}");
        List<IntFunction<Request>> menu = new ArrayList<>(new MathRequests(c.wording()).menu());
        menu.addAll(new MathFunctions(c.wording()).menu());
        for (int t = 0; t < c.turns(); t++) {
            draft.turn(c.fillTurn(menu));
        }
        return draft;
    }
}
