package io.envtune.reward.progress.internal;

import io.envtune.api.EpisodeRecord;
import io.envtune.api.Reward;
import io.envtune.api.RewardComponent;
import io.envtune.api.RewardFunction;
import io.envtune.api.RewardName;
import io.envtune.api.TurnScore;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;

/**
 * The fine-grained progress reward R_P: the mean of the 0/1 turn scores. The denominator is configurable: all turns
 * of the task (the paper, the default) or only the turns the episode reached (the released code, which leaves out
 * turns a truncated rollout never got to). Configuration PID: this class's name.
 */
@Component(service = RewardFunction.class, configurationPid = "io.envtune.reward.progress.internal.ProgressReward")
@RewardName(name = ProgressReward.NAME)
public final class ProgressReward implements RewardFunction {

    /** The reward name. */
    public static final String NAME = "progress";

    /** Configuration of the progress reward. */
    public @interface Config {
        /** @return {@code all_turns} (paper) or {@code turns_reached} (released code) */
        String denominator() default "all_turns";
    }

    private volatile boolean allTurns = true;

    /** A reward with the paper's denominator. */
    public ProgressReward() {
    }

    /** @param config the configuration */
    @Activate
    @Modified
    void configure(Config config) {
        String d = config.denominator();
        if (!d.equals("all_turns") && !d.equals("turns_reached")) {
            throw new IllegalArgumentException("denominator must be all_turns or turns_reached, was " + d);
        }
        allTurns = d.equals("all_turns");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Reward score(EpisodeRecord record) {
        long passed = record.turnScores().stream().filter(TurnScore::passed).count();
        int denominator = allTurns ? record.turnCount() : record.turnScores().size();
        double value = denominator == 0 ? 0 : (double) passed / denominator;
        return new Reward(value, List.of(new RewardComponent("turns_passed", passed),
            new RewardComponent("turns_reached", record.turnScores().size()),
            new RewardComponent("turns", record.turnCount())));
    }
}
