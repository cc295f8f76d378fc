package io.envtune.runtime;

import io.envtune.api.EpisodeRecord;
import io.envtune.api.Step;
import java.util.ArrayList;
import java.util.List;

/** Turns a record into BFCL's decoded form: [turn][step][call], keeping only steps that called tools. */
final class Decoded {

    private Decoded() {
    }

    static List<List<List<String>>> of(EpisodeRecord record) {
        List<List<List<String>>> out = new ArrayList<>();
        for (int t = 0; t < record.turnCount(); t++) {
            out.add(new ArrayList<>());
        }
        for (Step s : record.steps()) {
            if (!s.calls().isEmpty()) {
                out.get(s.turn()).add(s.calls());
            }
        }
        return out;
    }
}
