package io.envtune.testkit;

import io.envtune.api.Task;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** One printed line of {@link WordingMeasure} figures for a domain's generated tasks. */
public final class WordingReport {

    private WordingReport() {
    }

    /**
     * @param environmentId the domain
     * @param tasks the tasks measured
     * @param intents their figures
     * @return e.g. {@code wording MathAPI: 1200 tasks, 17 intents (12 judged), 3021 distinct masked texts, ...}
     */
    public static String line(String environmentId, Collection<Task> tasks, Map<String, WordingMeasure.Intent> intents) {
        List<WordingMeasure.Intent> judged = intents.values().stream()
            .filter(i -> i.samples() >= GeneratorContractTest.MIN_SAMPLES).toList();
        int texts = intents.values().stream().mapToInt(WordingMeasure.Intent::texts).sum();
        int minTexts = judged.stream().mapToInt(WordingMeasure.Intent::texts).min().orElse(0);
        int minCores = judged.stream().mapToInt(WordingMeasure.Intent::cores).min().orElse(0);
        double maxTop = judged.stream().mapToDouble(WordingMeasure.Intent::topShare).max().orElse(0);
        return String.format(java.util.Locale.ROOT, "wording %s: %d tasks, %d intents (%d judged), %d distinct masked "
            + "texts; per judged intent: min %d texts, min %d own phrasings, top share max %.3f", environmentId,
            tasks.size(), intents.size(), judged.size(), texts, minTexts, minCores, maxTop);
    }
}
