package io.envtune.itest;

import static org.junit.Assert.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;

/**
 * Runs command lines in real Gogo sessions, one fresh session per line, and reads a folder's files, so that a hostile
 * input can be replayed as the user types it and checked to have changed nothing on disk.
 */
final class Gogo {

    private final CommandProcessor commands;

    /** @param commands the framework's Gogo command processor */
    Gogo(CommandProcessor commands) {
        this.commands = commands;
    }

    /**
     * @param line a command line
     * @return what the command returned, as text
     * @throws Exception what the command threw
     */
    String run(String line) throws Exception {
        // Streams of its own: Gogo routes the session thread's System.out/err into the session's streams, so passing
        // those (or a test's tee of System.err) would loop.
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream own = new PrintStream(printed, true, StandardCharsets.UTF_8);
        CommandSession session = commands.createSession(System.in, own, own);
        try {
            return String.valueOf(session.execute(line));
        } finally {
            session.close();
            // What the command printed besides its result: a library's warning there is a bug of ours.
            String side = printed.toString(StandardCharsets.UTF_8);
            assertFalse(line + " printed: " + side, side.contains("WARN") || side.contains("\tat "));
        }
    }

    /**
     * @param line a command line that must be refused
     * @return the refusal's text, asserted to be one line
     */
    String refusal(String line) throws Exception {
        String result;
        try {
            result = run(line);
        } catch (Exception e) {
            String text = String.valueOf(e.getMessage());
            assertFalse(line + " -> " + text, text.contains("\n") || text.contains("Cannot coerce"));
            return text;
        }
        throw new AssertionError("accepted: " + line + " -> " + result);
    }

    /**
     * @param dir a folder, or a path where none is
     * @return every regular file under it with its bytes (as ISO-8859-1 text); empty when there is no folder
     */
    static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.filter(Files::isRegularFile).toList()) {
                    files.put(dir.relativize(p).toString(), Files.readString(p, StandardCharsets.ISO_8859_1));
                }
            }
        }
        return files;
    }
}
