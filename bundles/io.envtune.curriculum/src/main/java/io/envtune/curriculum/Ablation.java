package io.envtune.curriculum;

import io.envtune.api.FeedbackMode;
import io.envtune.api.PromotionRule;
import io.envtune.api.RewardWeight;
import io.envtune.api.Stage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The paper's ablations in miniature, as transformations of a curriculum: each variant keeps the step budget and
 * everything else of the full curriculum and changes one thing, so differences between variants come from that one
 * thing (and the seeds).
 */
public enum Ablation {

    /** The curriculum as given (the paper's four stages by default). */
    FULL("full curriculum"),
    /**
     * Direct GRPO without a curriculum: one stage over every split of the curriculum, standard feedback, the last
     * stage's prompt, reward 0.9·progress + 0.1·format (the paper's single-stage baseline), the whole step budget.
     */
    SINGLE_STAGE("single stage (0.9 progress + 0.1 format)"),
    /** The curriculum with environment augmentation switched off: standard feedback in every stage. */
    NO_AUGMENTATION("augmentation off"),
    /** The curriculum with the fine-grained progress reward replaced by the binary success reward. */
    BINARY_REWARD("binary reward instead of progress");

    private final String description;

    Ablation(String description) {
        this.description = description;
    }

    /** @return what the variant changes, for tables */
    public String description() {
        return description;
    }

    /** @return the command-line name, e.g. {@code single_stage} */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param key a command-line name ({@code full}, {@code single_stage}, {@code no_augmentation}, {@code
     *            binary_reward})
     * @return the variant
     * @throws IllegalArgumentException for an unknown name (the message lists the known ones)
     */
    public static Ablation of(String key) {
        for (Ablation a : values()) {
            if (a.key().equals(key.trim().toLowerCase(Locale.ROOT))) {
                return a;
            }
        }
        List<String> keys = new ArrayList<>();
        for (Ablation a : values()) {
            keys.add(a.key());
        }
        throw new IllegalArgumentException("unknown ablation '" + key + "'; known: " + String.join(", ", keys));
    }

    /**
     * @param curriculum the full curriculum (at least one stage)
     * @return this variant's stages
     */
    public List<Stage> apply(List<Stage> curriculum) {
        if (curriculum.isEmpty()) {
            throw new IllegalArgumentException("an ablation needs at least one stage");
        }
        return switch (this) {
            case FULL -> List.copyOf(curriculum);
            case SINGLE_STAGE -> List.of(singleStage(curriculum));
            case NO_AUGMENTATION -> curriculum.stream().map(s -> new Stage(s.name(), s.splits(), s.subsetSize(),
                s.rewards(), FeedbackMode.STANDARD, s.promptVariant(), s.maxStepsPerTurn(), s.responseBudget(),
                s.promotion())).toList();
            case BINARY_REWARD -> curriculum.stream().map(s -> new Stage(s.name(), s.splits(), s.subsetSize(),
                s.rewards().stream().map(r -> r.name().equals("progress") ? new RewardWeight("success", r.weight())
                    : r).toList(), s.feedbackMode(), s.promptVariant(), s.maxStepsPerTurn(), s.responseBudget(),
                s.promotion())).toList();
        };
    }

    private static Stage singleStage(List<Stage> curriculum) {
        Set<String> splits = new LinkedHashSet<>();
        int budget = 0;
        for (Stage s : curriculum) {
            splits.addAll(s.splits());
            budget += s.promotion().maxSteps();
        }
        Stage last = curriculum.get(curriculum.size() - 1);
        // The one stage never promotes: its minimum is the whole budget of the curriculum it stands in for.
        PromotionRule rule = new PromotionRule(last.promotion().window(), last.promotion().accuracyTolerance(),
            last.promotion().gradNormTolerance(), budget, budget);
        return new Stage("direct-grpo", List.copyOf(splits), 0, List.of(new RewardWeight("progress", 0.9),
            new RewardWeight("format", 0.1)), FeedbackMode.STANDARD, last.promptVariant(), last.maxStepsPerTurn(),
            last.responseBudget(), rule);
    }
}
