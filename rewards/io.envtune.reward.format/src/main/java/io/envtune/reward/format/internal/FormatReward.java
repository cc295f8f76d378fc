package io.envtune.reward.format.internal;

import io.envtune.api.EpisodeRecord;
import io.envtune.api.Reward;
import io.envtune.api.RewardComponent;
import io.envtune.api.RewardFunction;
import io.envtune.api.RewardName;
import io.envtune.api.Step;
import io.envtune.api.StepOutcome;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * The paper's stage-1 syntax reward (Eq. 1-2): {@code I_tool * (R_format + R_tool)} in [0, 2], with
 * {@code R_format = (N - C_format) / N} over the N assistant messages and {@code R_tool = C_ok / (C_ok + C_err)} over
 * executed calls, where a call is an error when it raised a Python exception ({@link Step#raised()}, whose result
 * BFCL writes as {@code Error during execution: ...}); tool-level error dicts count as well-formed calls, as in the
 * released code. {@code I_tool} is 1 when at least one call ran.
 */
@Component(service = RewardFunction.class)
@RewardName(name = FormatReward.NAME)
public final class FormatReward implements RewardFunction {

    /** The reward name. */
    public static final String NAME = "format";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Reward score(EpisodeRecord record) {
        int n = record.steps().size();
        int formatErrors = 0;
        int ok = 0;
        int err = 0;
        for (Step s : record.steps()) {
            if (s.outcome() == StepOutcome.FORMAT_ERROR) {
                formatErrors++;
            }
            err += s.raised();
            ok += s.results().size() - s.raised();
        }
        double rFormat = n == 0 ? 0 : (double) (n - formatErrors) / n;
        double rTool = ok + err == 0 ? 0 : (double) ok / (ok + err);
        double iTool = ok + err > 0 ? 1 : 0;
        return new Reward(iTool * (rFormat + rTool), List.of(new RewardComponent("i_tool", iTool),
            new RewardComponent("r_format", rFormat), new RewardComponent("r_tool", rTool),
            new RewardComponent("c_format", formatErrors), new RewardComponent("c_ok", ok),
            new RewardComponent("c_err", err), new RewardComponent("n", n)));
    }
}
