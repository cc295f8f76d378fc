package io.envtune.platform;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * Library code never prints: {@code System.out} and {@code System.err} appear in the main sources of every module only
 * inside shell commands, that is a Gogo command class (registered with {@code osgi.command.scope}) or a command-line
 * entry point (a {@code static void main}). Everything else logs through {@link System.Logger}, one record per
 * event. Comments are not code, so a comment may name the streams.
 */
public final class LibraryPrintingTest {

    private static final Pattern STREAM = Pattern.compile("\\bSystem\\s*\\.\\s*(out|err)\\b");
    private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern LINE_COMMENT = Pattern.compile("(?m)(^|\\s)//.*$");
    private static final Pattern COMMAND = Pattern.compile("osgi\\.command\\.scope|static\\s+void\\s+main\\s*\\(");

    @Test
    public void noMainSourceOutsideCommandsPrints() throws IOException {
        Path root = repositoryRoot();
        List<Path> sources = mainSources(root);
        assertTrue("too few main sources found under " + root + ": " + sources.size(), sources.size() > 300);
        List<String> printing = new ArrayList<>();
        for (Path file : sources) {
            String code = Files.readString(file);
            if (prints(code) && !isCommand(code)) {
                printing.add(root.relativize(file).toString());
            }
        }
        assertEquals("library classes printing to System.out/err (log through System.Logger instead)", List.of(),
            printing);
    }

    @Test
    public void theScanSeesCodeAndSkipsComments() {
        assertTrue(prints("class A { void f() { System.err.println(\"x\"); } }"));
        assertTrue(prints("class A { java.io.PrintStream s = System . out; }"));
        assertFalse(prints("class A { // System.out is per-thread in Gogo\n }"));
        assertFalse(prints("/** Writes nothing to {@code System.err}. */ class A { }"));
        assertFalse(prints("class A { Logger LOG = System.getLogger(\"a\"); }"));
        assertTrue(isCommand("@Component(property = {\"osgi.command.scope=envtune\"}) class C { }"));
        assertTrue(isCommand("class Main { public static void main(String[] args) { } }"));
        assertFalse(isCommand("class Registry { }"));
    }

    static boolean prints(String code) {
        String stripped = LINE_COMMENT.matcher(BLOCK_COMMENT.matcher(code).replaceAll(" ")).replaceAll(" ");
        return STREAM.matcher(stripped).find();
    }

    static boolean isCommand(String code) {
        return COMMAND.matcher(code).find();
    }

    /** Every {@code src/main/java} tree two levels below the root (bundles, environments, rewards, ...). */
    private static List<Path> mainSources(Path root) throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> groups = Files.list(root)) {
            for (Path group : groups.filter(Files::isDirectory).toList()) {
                try (Stream<Path> modules = Files.list(group)) {
                    modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory)
                        .forEach(dir -> out.addAll(javaFiles(dir)));
                }
            }
        }
        return out;
    }

    private static List<Path> javaFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path repositoryRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("bundles")) && Files.isDirectory(p.resolve("environments"))) {
                return p;
            }
        }
        throw new AssertionError("no repository root (with bundles/ and environments/) above " + Path.of("")
            .toAbsolutePath());
    }
}
