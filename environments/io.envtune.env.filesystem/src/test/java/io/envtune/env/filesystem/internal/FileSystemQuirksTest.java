package io.envtune.env.filesystem.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import io.envtune.api.FailureKind;
import io.envtune.api.ToolCall;
import io.envtune.api.ToolResult;
import io.envtune.testkit.BfclFixtures;
import io.envtune.toolkit.LongContextData;
import io.envtune.toolkit.PyValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** The reference behaviours that are easy to "fix" by accident: stale parents, shared children, odd arguments. */
public final class FileSystemQuirksTest {

    private static final String TREE = "{\"root\": {\"home\": {\"type\": \"directory\", \"contents\": {"
        + "\"src\": {\"type\": \"directory\", \"contents\": {\"lib\": {\"type\": \"directory\", \"contents\": {}},"
        + " \"a.txt\": {\"type\": \"file\", \"content\": \"one\\ntwo\\nthree\"}}},"
        + " \"notes.txt\": {\"type\": \"file\", \"content\": \"x\"}}}}}";

    private final FileSystemState state = new FileSystemState(TREE, null);

    private ToolResult call(String tool, Object... keyValues) {
        Map<String, Object> kwargs = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            kwargs.put((String) keyValues[i], keyValues[i + 1]);
        }
        return FileSystemTable.TABLE.invoke(state, ToolCall.ofKeywords(tool, kwargs));
    }

    @Test
    public void movedDirectoryKeepsItsChildrenPointingAtTheOldParent() {
        call("mv", "source", "src", "destination", "moved");
        Directory moved = (Directory) state.root().contents().get("moved");
        Directory lib = (Directory) moved.contents().get("lib");
        assertEquals("src", lib.parent().name());
        assertEquals("src", lib.canonicalFields().get("parent"));
        call("cd", "folder", "moved");
        call("cd", "folder", "lib");
        assertEquals("{\"current_working_directory\": \"/home/src/lib\"}", call("pwd").text());
        assertEquals("{}", call("cd", "folder", "..").text());
        assertEquals("{\"current_working_directory\": \"/home/src\"}", call("pwd").text());
    }

    @Test
    public void copiedDirectorySharesItsChildrenButNotItsContentsMap() {
        call("cp", "source", "src", "destination", "copy");
        Directory src = (Directory) state.root().contents().get("src");
        Directory copy = (Directory) state.root().contents().get("copy");
        assertNotSame(src.contents(), copy.contents());
        assertSame(src.contents().get("a.txt"), copy.contents().get("a.txt"));
        call("cd", "folder", "src");
        call("echo", "content", "changed", "file_name", "a.txt");
        call("touch", "file_name", "only_in_src.txt");
        call("cd", "folder", "..");
        call("cd", "folder", "copy");
        assertEquals("{\"file_content\": \"changed\"}", call("cat", "file_name", "a.txt").text());
        assertEquals("{\"current_directory_content\": [\"lib\", \"a.txt\"]}", call("ls").text());
    }

    @Test
    public void equalityIgnoresParentsButNotNamesOrContent() {
        Directory a = new Directory("d", null);
        Directory b = new Directory("d", a);
        a.addFile("f", "text");
        b.addFile("f", "text");
        assertEquals(a, b);
        assertTrue(PyValues.eq(a, b));
        b.contents().put("f", new File("f", "other"));
        assertNotEquals(a, b);
        assertNotEquals(new File("f", "x"), new File("g", "x"));
        assertEquals(new File("f", 1L), new File("f", 1.0));
    }

    @Test
    public void copyingOntoAnExistingNameInsideTheDestinationRaises() {
        call("cp", "source", "notes.txt", "destination", "src");
        ToolResult again = call("cp", "source", "notes.txt", "destination", "src");
        assertEquals("Error during execution: File 'notes.txt' already exists in directory 'src'.", again.text());
        assertEquals(FailureKind.ALREADY_EXISTS, again.failure().kind());
    }

    @Test
    public void tailFollowsPythonSlicing() {
        call("cd", "folder", "src");
        assertEquals("{\"last_lines\": \"two\\nthree\"}", call("tail", "file_name", "a.txt", "lines", 2L).text());
        assertEquals("{\"last_lines\": \"one\\ntwo\\nthree\"}", call("tail", "file_name", "a.txt", "lines", 0L).text());
        assertEquals("{\"last_lines\": \"three\"}", call("tail", "file_name", "a.txt", "lines", -2L).text());
        assertEquals("{\"last_lines\": \"\"}", call("tail", "file_name", "a.txt", "lines", -9L).text());
        assertEquals("{\"last_lines\": \"one\\ntwo\\nthree\"}", call("tail", "file_name", "a.txt", "lines", 7.5).text());
        assertEquals("Error during execution: slice indices must be integers or None or have an __index__ method",
            call("tail", "file_name", "a.txt", "lines", 1.0).text());
        assertEquals("Error during execution: '>' not supported between instances of 'str' and 'int'",
            call("tail", "file_name", "a.txt", "lines", "2").text());
    }

    @Test
    public void wrongArgumentTypesFailLikePython() {
        assertEquals("Error during execution: argument of type 'int' is not iterable",
            call("touch", "file_name", 5L).text());
        assertEquals("Error during execution: unhashable type: 'list'", call("rm", "file_name", List.of("a")).text());
        assertEquals("Error during execution: 'int' object has no attribute 'rstrip'", call("cd", "folder", 3L).text());
        assertEquals("{\"error\": \"rm: cannot remove '3': No such file or directory\"}",
            call("rm", "file_name", 3L).text());
        assertEquals("Error during execution: 'in <string>' requires string as left operand, not int",
            call("find", "name", 1L).text());
    }

    @Test
    public void echoIntoADirectoryAndDirectoriesInReadersReportTheKind() {
        ToolResult echo = call("echo", "content", "x", "file_name", "src");
        assertEquals("Error during execution: 'Directory' object has no attribute '_write'", echo.text());
        ToolResult wc = call("wc", "file_name", "src");
        assertEquals("{\"error\": \"wc: src: No such file or directory\"}", wc.text());
        assertEquals(FailureKind.WRONG_KIND, wc.failure().kind());
        assertEquals(FailureKind.NOT_FOUND, call("wc", "file_name", "nope").failure().kind());
    }

    @Test
    public void longContextPadsFilesAndLeafDirectories() {
        FileSystemState padded = new FileSystemState(TREE, Padding.from(
            LongContextData.load(BfclFixtures.dataDir())));
        Directory src = (Directory) padded.root().contents().get("src");
        Directory lib = (Directory) src.contents().get("lib");
        assertEquals(30, lib.contents().size());
        assertEquals(2, src.contents().size());
        assertEquals(List.of("lib", "a.txt"), List.copyOf(src.contents().keySet()));
        assertTrue(((String) ((File) src.contents().get("a.txt")).content()).length() > 3000);
        assertEquals(Boolean.TRUE, padded.attributes().get("long_context"));
    }
}
