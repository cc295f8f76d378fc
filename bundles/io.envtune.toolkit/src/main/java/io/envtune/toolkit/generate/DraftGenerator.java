package io.envtune.toolkit.generate;

import io.envtune.api.GenerationSettings;
import io.envtune.api.Task;
import io.envtune.api.TaskGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The loop every domain's {@link TaskGenerator} shares: task {@code i} gets split {@code splits[i % splits.size()]},
 * the id {@code gen_<tag>_<split>_<seed>_<i>}, its own random numbers (the {@code i}-th split of one
 * {@link SplittableRandom} seeded with the settings' seed), a turn count in {@code [minTurns, maxTurns]} and the
 * distractor classes. A domain supplies only {@link #draft}. A draft that cannot make the split is drawn again (up to
 * {@value #ATTEMPTS} times) from the same random numbers. Stateless and thread-safe when {@link #draft} is.
 */
public abstract class DraftGenerator implements TaskGenerator {

    /** Drafts tried per task before the generator gives up. */
    public static final int ATTEMPTS = 50;

    private final String environmentId;
    private final String tag;

    /**
     * @param environmentId the environment the tasks use, e.g. {@code GorillaFileSystem}
     * @param tag the short domain name in task ids, e.g. {@code filesystem}
     */
    protected DraftGenerator(String environmentId, String tag) {
        this.environmentId = Objects.requireNonNull(environmentId, "environmentId");
        this.tag = Objects.requireNonNull(tag, "tag");
    }

    @Override
    public final String environmentId() {
        return environmentId;
    }

    @Override
    public final List<Task> generate(GenerationSettings settings) {
        SplittableRandom root = new SplittableRandom(settings.seed());
        List<Task> out = new ArrayList<>(settings.count());
        for (int i = 0; i < settings.count(); i++) {
            String split = settings.splits().get(i % settings.splits().size());
            out.add(one(settings, split, i, root.split()));
        }
        return List.copyOf(out);
    }

    private Task one(GenerationSettings settings, String split, int index, SplittableRandom random) {
        String id = "gen_" + tag + "_" + split + "_" + settings.seed() + "_" + index;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Wording wording = new Wording(random);
            int turns = settings.minTurns() + random.nextInt(settings.maxTurns() - settings.minTurns() + 1);
            TaskDraft draft = draft(new DraftContext(random, wording, turns, settings.maxCallsPerTurn(), split));
            if (draft.supports(split)) {
                List<String> classes = Distractors.involved(environmentId, settings.extraClasses(), random);
                return draft.build(id, split, classes, wording);
            }
        }
        throw new IllegalArgumentException(environmentId + " could not draft a " + split + " task in " + ATTEMPTS
            + " attempts (" + id + ")");
    }

    /**
     * Drafts one task: a scenario and {@code context.turns()} turns of at most {@code context.maxCallsPerTurn()}
     * calls each, whose ground truth replays without an error on a fresh instance of the scenario. Every random
     * choice comes from {@code context.random()}.
     *
     * @param context the random numbers, wording and difficulty
     * @return the draft
     */
    protected abstract TaskDraft draft(DraftContext context);
}
