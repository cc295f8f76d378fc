package io.envtune.report.internal;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything the report shows, read from one run folder. Optional parts are null or empty when their file is
 * missing; {@code notes} then says so in words.
 *
 * @param dir the run folder
 * @param metrics the metrics lines in step order (empty without {@code metrics.jsonl})
 * @param summary {@code summary.json}, or null (the run has not finished)
 * @param state {@code state.json}, or null
 * @param curriculum {@code curriculum.json}, or null
 * @param config {@code config.json} pretty-printed, or null
 * @param ledger the per-turn ledger (empty without records)
 * @param splits per-split accuracy, first against last recorded step (empty without records)
 * @param notes what was missing or unreadable, one sentence each
 */
public record RunData(Path dir, List<MetricLine> metrics, SummaryData summary, StateData state,
                      CurriculumData curriculum, String config, Ledger ledger, List<SplitAccuracy> splits,
                      List<String> notes) {

    /** Copies the lists so the record stays immutable. */
    public RunData {
        metrics = List.copyOf(metrics);
        splits = List.copyOf(splits);
        notes = List.copyOf(notes);
    }
}
