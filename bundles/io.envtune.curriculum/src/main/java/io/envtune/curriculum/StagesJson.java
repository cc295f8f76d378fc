package io.envtune.curriculum;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonDeserializer;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;
import io.envtune.api.RewardWeight;
import io.envtune.api.Stage;
import java.util.List;

/** Stages as JSON: what users edit to change the curriculum without code. */
public final class StagesJson {

    /** Reward weights read {@code weight}, or {@code value} as files written before {@link RewardWeight} did. */
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping()
        .registerTypeAdapter(RewardWeight.class, (JsonDeserializer<RewardWeight>) (json, type, c) -> weight(json))
        .create();

    private StagesJson() {
    }

    /**
     * @param stages stages
     * @return a JSON array
     */
    public static String write(List<Stage> stages) {
        return GSON.toJson(stages);
    }

    /**
     * @param json a JSON array of stage objects
     * @return the stages, validated
     * @throws IllegalArgumentException with the reason when the JSON is malformed or a stage is incomplete
     */
    public static List<Stage> read(String json) {
        List<Stage> stages;
        try {
            stages = GSON.fromJson(json, new TypeToken<List<Stage>>() { }.getType());
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("malformed stages JSON: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // Gson wraps failures of the record constructors (a missing list field) in a plain RuntimeException.
            throw new IllegalArgumentException("incomplete stage in stages JSON: " + e.getMessage(), e);
        }
        if (stages == null || stages.isEmpty()) {
            throw new IllegalArgumentException("the curriculum needs at least one stage");
        }
        for (int i = 0; i < stages.size(); i++) {
            validate(i, stages.get(i));
        }
        return List.copyOf(stages);
    }

    private static RewardWeight weight(JsonElement json) {
        JsonObject o = json.isJsonObject() ? json.getAsJsonObject() : null;
        JsonElement name = o == null ? null : o.get("name");
        JsonElement weight = o == null ? null : o.has("weight") ? o.get("weight") : o.get("value");
        if (name == null || !name.isJsonPrimitive() || weight == null || !weight.isJsonPrimitive()
            || !weight.getAsJsonPrimitive().isNumber()) {
            throw new JsonParseException("a stage reward needs \"name\" and a numeric \"weight\", was " + json);
        }
        return new RewardWeight(name.getAsString(), weight.getAsDouble());
    }

    private static void validate(int i, Stage s) {
        String where = "stage " + i + (s != null && s.name() != null ? " (" + s.name() + ")" : "");
        if (s == null || s.name() == null || s.splits() == null || s.rewards() == null || s.feedbackMode() == null
            || s.promptVariant() == null || s.promotion() == null) {
            throw new IllegalArgumentException(where + ": name, splits, rewards, feedbackMode, promptVariant and "
                + "promotion are required");
        }
        if (s.maxStepsPerTurn() < 1 || s.responseBudget() < 1) {
            throw new IllegalArgumentException(where + ": maxStepsPerTurn and responseBudget must be positive");
        }
    }
}
