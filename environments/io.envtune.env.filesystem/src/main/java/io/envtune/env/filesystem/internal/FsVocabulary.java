package io.envtune.env.filesystem.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Names and texts for generated file trees, chosen to look unlike BFCL's ({@code document}, {@code temp},
 * {@code final_report.pdf}) and the built-in tasks' ({@code notes}, {@code todo.txt}): hobby, field-work and workshop
 * names with varied extensions, and file lines with numbers and units. Immutable.
 */
final class FsVocabulary {

    static final List<String> USERS = List.of("wren", "okonkwo", "lucia_m", "pavel", "hana", "tamsin", "idris",
        "bo_chen", "sunniva", "matteo_r", "yuki", "ezra", "farah", "nils", "amara", "quill", "oksana", "teo");
    static final List<String> DIRS = List.of("field_notes", "kiln", "orchard", "invoices_2031", "sketches",
        "mixtapes", "seed_bank", "telescope", "recipes", "tide_tables", "bike_parts", "old_drafts", "lab_b", "choir",
        "greenhouse", "maps", "stash", "receipts", "podcast", "thesis_ch3", "lanterns", "survey_raw", "loom",
        "beekeeping", "ferry_schedules", "darkroom");
    static final List<String> STEMS = List.of("moth_counts", "glaze_recipes", "tide_log", "chapter_four", "setlist",
        "budget_q2", "packing_list", "soil_ph", "station_readings", "reading_queue", "sourdough", "gear_ratios",
        "minutes_0412", "star_chart", "harvest", "guest_list", "errands", "lyrics_draft", "sensor_dump", "later",
        "hive_weights", "film_stock", "bus_routes", "pigments", "warranty", "rehearsal");
    static final List<String> EXTENSIONS = List.of(".txt", ".md", ".csv", ".log", ".cfg", ".tsv", ".notes", ".yaml");
    static final List<String> SUFFIXES = List.of("_v2", "_backup", "-copy", "_old", "_2032", "_clean", "_shared",
        "_draft", "_b", "_archive");
    static final List<String> LINES = List.of("ferns need shade after noon", "kiln peaked at 1240 C",
        "rye starter fed at dawn", "pump 3 rattles again", "moonrise at 21:14", "order more twine",
        "sopranos meet on thursday", "gear 3 slips under load", "hive b gained 2.4 kg", "low tide 0.6 m at 05:50",
        "the cobalt glaze crawled", "ferry leaves pier 7 at 08:15", "check the north fence", "film iso 400 expired",
        "bus 41 skips elm street", "ph reading 6.8 in bed 2", "chapter needs a better ending", "call the locksmith",
        "pigment ochre 30 g", "station 12 offline since may", "tuning fork at 442 hz", "apricots ripe in week 29",
        "seal the darkroom door", "refund pending for order 5531", "tenor line is too low", "spare tubes in the loft",
        "queen spotted in frame 6", "mulch the raspberries", "map grid k7 is wrong", "return the tripod by friday");
    static final List<String> WRITINGS = List.of("buy ochre and linseed oil", "meeting moved to 3 pm",
        "the west hive swarmed today", "packed: tent, stove, two maps", "rehearse bars 40 to 56",
        "glaze test 14 passed", "remember the spare inner tube", "tide tables checked for june",
        "draft sent to the editor", "water the seedlings twice");

    private FsVocabulary() {
    }

    static String file(SplittableRandom r) {
        return pick(STEMS, r) + pick(EXTENSIONS, r);
    }

    /** @return 1 to 5 lines joined with newlines, none repeated */
    static String content(SplittableRandom r) {
        List<String> pool = new ArrayList<>(LINES);
        List<String> out = new ArrayList<>();
        for (int n = 1 + r.nextInt(5); n > 0; n--) {
            out.add(pool.remove(r.nextInt(pool.size())));
        }
        return String.join("\n", out);
    }

    /** @return a name from {@code base}'s stem plus a suffix, keeping its extension */
    static String variant(String base, SplittableRandom r) {
        int dot = base.lastIndexOf('.');
        String suffix = pick(SUFFIXES, r);
        return dot < 0 ? base + suffix : base.substring(0, dot) + suffix + base.substring(dot);
    }

    static <T> T pick(List<T> options, SplittableRandom r) {
        return options.get(r.nextInt(options.size()));
    }
}
