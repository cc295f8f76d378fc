package io.envtune.train.internal;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import io.envtune.api.EpisodeRecord;
import io.envtune.api.Reward;
import io.envtune.api.RewardComponent;
import io.envtune.runtime.RecordJson;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reward side of a run's ledger: each episode's record line gains a {@code reward} object (its value and its
 * named components), and a step's log gains each component's mean. Stateless; thread-safe.
 */
public final class RewardLedger {

    private static final Gson GSON = new GsonBuilder().serializeSpecialFloatingPointValues().disableHtmlEscaping()
        .create();

    private RewardLedger() {
    }

    /**
     * One episode with the whole reward it was trained on.
     *
     * @param record the episode
     * @param reward its weighted reward with components
     */
    public record Entry(EpisodeRecord record, Reward reward) {
    }

    /** The JSON form of a reward in a record line: components by name, in the reward's order. */
    private record RewardJson(double value, Map<String, Double> components) {
    }

    /**
     * The record's JSON line ({@link RecordJson#toLine}) with a {@code reward} field appended; every other field is
     * written as before, so readers of plain records read these lines unchanged.
     *
     * @param record the episode
     * @param reward its reward
     * @return one JSON line (no newline)
     */
    public static String line(EpisodeRecord record, Reward reward) {
        String plain = RecordJson.toLine(record);
        // Appended as text, not re-serialised: the record's own form (escaped lone surrogates, numbers) stays as is.
        String head = plain.substring(0, plain.length() - 1);
        String sep = head.endsWith("{") ? "" : ",";
        return head + sep + "\"reward\":" + GSON.toJson(new RewardJson(reward.value(), byName(reward))) + "}";
    }

    /**
     * Each component's mean over the episodes that trained: faulted ones ({@code endReason} set) are left out, as
     * they are from the groups and the step's reward mean. A component some episodes lack is averaged over those
     * that have it.
     *
     * @param entries a step's episodes with their rewards
     * @return component name to mean, in first-seen order
     */
    public static Map<String, Double> componentMeans(List<Entry> entries) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (e.record().endReason() == null) {
                for (RewardComponent c : e.reward().components()) {
                    double[] s = sums.computeIfAbsent(c.name(), k -> new double[2]);
                    s[0] += c.value();
                    s[1]++;
                }
            }
        }
        Map<String, Double> means = new LinkedHashMap<>();
        sums.forEach((name, s) -> means.put(name, s[0] / s[1]));
        return Collections.unmodifiableMap(means);
    }

    private static Map<String, Double> byName(Reward reward) {
        Map<String, Double> out = new LinkedHashMap<>();
        reward.components().forEach(c -> out.put(c.name(), c.value()));
        return out;
    }
}
