package io.envtune.bfcl.internal;

import io.envtune.bfcl.FuncDoc;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the {@code multi_turn_func_doc} files of the eight BFCL classes. */
public final class FuncDocReader {

    /** BFCL class name to its func-doc file name (BFCL's own mapping). */
    private static final Map<String, String> FILES = Map.of(
        "GorillaFileSystem", "gorilla_file_system.json",
        "MathAPI", "math_api.json",
        "MessageAPI", "message_api.json",
        "TwitterAPI", "posting_api.json",
        "TicketAPI", "ticket_api.json",
        "TradingBot", "trading_bot.json",
        "TravelAPI", "travel_booking.json",
        "VehicleControlAPI", "vehicle_control.json");

    /** The class names in a stable order. */
    private static final List<String> CLASSES = List.of("GorillaFileSystem", "MathAPI", "MessageAPI", "TwitterAPI",
        "TicketAPI", "TradingBot", "TravelAPI", "VehicleControlAPI");

    private FuncDocReader() {
    }

    /**
     * @param dir the {@code multi_turn_func_doc} folder
     * @return class name to its docs in file order; classes whose file is absent are left out
     * @throws IllegalArgumentException naming file and line for a malformed document
     */
    public static Map<String, List<FuncDoc>> read(Path dir) {
        Map<String, List<FuncDoc>> out = new LinkedHashMap<>();
        for (String cls : CLASSES) {
            Path file = dir.resolve(FILES.get(cls));
            if (Files.isRegularFile(file)) {
                out.put(cls, List.copyOf(readFile(file)));
            }
        }
        return out;
    }

    private static List<FuncDoc> readFile(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<FuncDoc> docs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (!text.isEmpty()) {
                JsonLine line = JsonLine.parse(file, i + 1, text);
                docs.add(new FuncDoc(line.string("name"), line.string("description"), text));
            }
        }
        return docs;
    }
}
