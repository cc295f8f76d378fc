package io.envtune.env.filesystem.internal;

import static io.envtune.testkit.HintCheck.assertContains;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.envtune.api.EnvironmentInstance;
import io.envtune.api.EnvironmentOptions;
import io.envtune.api.FailureKind;
import io.envtune.api.FeedbackEvent;
import io.envtune.api.FeedbackKind;
import io.envtune.api.ToolCall;
import io.envtune.api.ToolEnvironment;
import io.envtune.api.ToolFailure;
import io.envtune.api.ToolResult;
import io.envtune.testkit.HintCheck;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** Every case of Environment Tuning's file-system catalogue, produced by a real instance and fed to the augmenter. */
public final class FileSystemAugmenterTest {

    private static final String TREE = "{\"root\": {\"home\": {\"type\": \"directory\", \"contents\": {"
        + "\"src\": {\"type\": \"directory\", \"contents\": {\"lib\": {\"type\": \"directory\", \"contents\": {}},"
        + " \"a.txt\": {\"type\": \"file\", \"content\": \"one\"}}},"
        + " \"empty\": {\"type\": \"directory\", \"contents\": {}},"
        + " \"notes.txt\": {\"type\": \"file\", \"content\": \"x\"}}}}}";

    private final ToolEnvironment env = new FileSystemEnvironment();
    private final EnvironmentInstance fs = env.create(TREE, EnvironmentOptions.DEFAULT);
    private final FileSystemAugmenter augmenter = new FileSystemAugmenter();

    private String hint(ToolCall call) {
        return new HintCheck(env, augmenter).hint(fs, call);
    }

    private String hint(String tool, Object... keyValues) {
        Map<String, Object> kwargs = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            kwargs.put((String) keyValues[i], keyValues[i + 1]);
        }
        return hint(ToolCall.ofKeywords(tool, kwargs));
    }

    @Test
    public void pathWhereANameIsExpected() {
        assertContains(hint("rm", "file_name", "src/a.txt"), "'src/a.txt': Paths are not allowed", "file name");
        assertContains(hint("cat", "file_name", "src/a.txt"), "Paths are not allowed");
        assertContains(hint("wc", "file_name", "src/a.txt"), "Paths are not allowed");
        assertContains(hint("mkdir", "dir_name", "src/new"), "Paths are not allowed", "directory name");
        assertContains(hint("cp", "source", "src/a.txt", "destination", "b.txt"), "Paths are not allowed");
        assertContains(hint("mv", "source", "notes.txt", "destination", "src/lib"), "destination 'src/lib'",
            "Paths are not allowed in the destination");
        assertContains(hint("cd", "folder", "src/lib"), "one directory at a time");
        assertContains(hint(new ToolCall("rm", List.of("src/a.txt"), Map.of())), "'src/a.txt': Paths are not allowed");
    }

    @Test
    public void nameNotFoundInTheCurrentDirectory() {
        assertContains(hint("cat", "file_name", "a.txt"), "'a.txt': No such file in current directory", "ls");
        assertContains(hint("sort", "file_name", "nope"), "No such file in current directory");
        assertContains(hint("rm", "file_name", "nope"), "No such file or directory in current directory");
        assertContains(hint("rmdir", "dir_name", "nope"), "No such directory in current directory");
        assertContains(hint("mv", "source", "nope", "destination", "x"), "'nope': No such file");
        assertContains(hint("cd", "folder", "lib"), "No such directory in current location");
        assertContains(hint("echo", "content", "hi", "file_name", "new.txt"), "existing file", "touch");
    }

    @Test
    public void directoryWhereAFileIsExpectedAndTheReverse() {
        assertContains(hint("wc", "file_name", "src"), "'src': Is a directory. Cannot count");
        assertContains(hint("sort", "file_name", "src"), "Cannot sort");
        assertContains(hint("grep", "file_name", "src", "pattern", "x"), "Cannot search in");
        assertContains(hint("tail", "file_name", "src"), "Cannot display");
        assertContains(hint("echo", "content", "hi", "file_name", "src"), "Cannot write to");
        assertContains(hint("rmdir", "dir_name", "notes.txt"), "is a file, not a directory", "rm removes");
        assertContains(hint("rmdir", "dir_name", "src"), "Directory not empty");
    }

    @Test
    public void destinationsThatExist() {
        assertContains(hint("mkdir", "dir_name", "src"), "'src': File or directory already exists");
        assertContains(hint("touch", "file_name", "notes.txt"), "already exists");
        assertContains(hint("mv", "source", "src", "destination", "notes.txt"),
            "destination 'notes.txt' exists but is not a directory. Cannot overwrite");
        fs.invoke(ToolCall.ofKeywords("touch", Map.of("file_name", "a.txt")));
        assertContains(hint("mv", "source", "a.txt", "destination", "src"),
            "'a.txt': File already exists in destination directory 'src'");
        assertContains(hint("cp", "source", "a.txt", "destination", "src"), "already exists in destination directory");
    }

    @Test
    public void invalidCharactersListTheForbiddenSet() {
        assertContains(hint("touch", "file_name", "a?b"), "Invalid character", "| / \\ ? % * : \" > <");
        assertContains(hint("wc", "file_name", "notes.txt", "mode", "x"), "'l' (lines)");
    }

    @Test
    public void diffNamesTheFileAtFault() {
        String both = hint("diff", "file_name1", "x", "file_name2", "y");
        assertContains(both, "neither 'x' nor 'y'");
        String second = hint("diff", "file_name1", "notes.txt", "file_name2", "y");
        assertContains(second, "'y' was not found");
        assertFalse(second, second.contains("'notes.txt'"));
        assertContains(hint("diff", "file_name1", "src", "file_name2", "notes.txt"), "'src' is a directory",
            "directory with a file");
        assertContains(hint("diff", "file_name1", "src", "file_name2", "empty"), "are directories");
        assertContains(hint("diff", "file_name1", "src/a.txt", "file_name2", "notes.txt"), "Paths are not allowed");
    }

    @Test
    public void rootAndFind() {
        assertContains(hint("cd", "folder", ".."), "already the root");
        assertContains(hint("find", "path", "nowhere"), "'nowhere' is not a directory", "'.'");
    }

    @Test
    public void leavesOtherToolsAndEventsToTheGenericAugmenters() {
        ToolFailure other = new ToolFailure(FailureKind.NOT_FOUND, "get_flight_cost", "travel_to", "x");
        assertTrue(augmenter.hint(new FeedbackEvent(FeedbackKind.TOOL_FAILURE, null, other, "e", List.of()))
            .isEmpty());
        assertTrue(augmenter.hint(new FeedbackEvent(FeedbackKind.FORMAT_ERROR, null, null, "e", List.of()))
            .isEmpty());
        ToolResult typed = fs.invoke(ToolCall.ofKeywords("tail", Map.of("file_name", "notes.txt", "lines", "x")));
        assertEquals(FailureKind.WRONG_TYPE, typed.failure().kind());
        assertTrue(augmenter.hint(new FeedbackEvent(FeedbackKind.TOOL_FAILURE, null, typed.failure(), typed.text(),
            env.tools())).isEmpty());
    }
}
