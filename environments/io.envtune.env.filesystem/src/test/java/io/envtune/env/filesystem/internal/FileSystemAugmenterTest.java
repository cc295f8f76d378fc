package io.envtune.env.filesystem.internal;

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
        ToolResult r = fs.invoke(call);
        assertTrue(call + " should fail: " + r.text(), r.failed());
        return augmenter.hint(new FeedbackEvent(FeedbackKind.TOOL_FAILURE, call, r.failure(), r.text(), env.tools()))
            .orElseThrow(() -> new AssertionError("no hint for " + call + " " + r.failure()));
    }

    private String hint(String tool, Object... keyValues) {
        Map<String, Object> kwargs = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            kwargs.put((String) keyValues[i], keyValues[i + 1]);
        }
        return hint(ToolCall.ofKeywords(tool, kwargs));
    }

    private static void contains(String hint, String... parts) {
        for (String p : parts) {
            assertTrue(hint, hint.contains(p));
        }
    }

    @Test
    public void pathWhereANameIsExpected() {
        contains(hint("rm", "file_name", "src/a.txt"), "'src/a.txt': Paths are not allowed", "file name");
        contains(hint("cat", "file_name", "src/a.txt"), "Paths are not allowed");
        contains(hint("wc", "file_name", "src/a.txt"), "Paths are not allowed");
        contains(hint("mkdir", "dir_name", "src/new"), "Paths are not allowed", "directory name");
        contains(hint("cp", "source", "src/a.txt", "destination", "b.txt"), "Paths are not allowed");
        contains(hint("mv", "source", "notes.txt", "destination", "src/lib"), "destination 'src/lib'",
            "Paths are not allowed in the destination");
        contains(hint("cd", "folder", "src/lib"), "one directory at a time");
        contains(hint(new ToolCall("rm", List.of("src/a.txt"), Map.of())), "'src/a.txt': Paths are not allowed");
    }

    @Test
    public void nameNotFoundInTheCurrentDirectory() {
        contains(hint("cat", "file_name", "a.txt"), "'a.txt': No such file in current directory", "ls");
        contains(hint("sort", "file_name", "nope"), "No such file in current directory");
        contains(hint("rm", "file_name", "nope"), "No such file or directory in current directory");
        contains(hint("rmdir", "dir_name", "nope"), "No such directory in current directory");
        contains(hint("mv", "source", "nope", "destination", "x"), "'nope': No such file");
        contains(hint("cd", "folder", "lib"), "No such directory in current location");
        contains(hint("echo", "content", "hi", "file_name", "new.txt"), "existing file", "touch");
    }

    @Test
    public void directoryWhereAFileIsExpectedAndTheReverse() {
        contains(hint("wc", "file_name", "src"), "'src': Is a directory. Cannot count");
        contains(hint("sort", "file_name", "src"), "Cannot sort");
        contains(hint("grep", "file_name", "src", "pattern", "x"), "Cannot search in");
        contains(hint("tail", "file_name", "src"), "Cannot display");
        contains(hint("echo", "content", "hi", "file_name", "src"), "Cannot write to");
        contains(hint("rmdir", "dir_name", "notes.txt"), "is a file, not a directory", "rm removes");
        contains(hint("rmdir", "dir_name", "src"), "Directory not empty");
    }

    @Test
    public void destinationsThatExist() {
        contains(hint("mkdir", "dir_name", "src"), "'src': File or directory already exists");
        contains(hint("touch", "file_name", "notes.txt"), "already exists");
        contains(hint("mv", "source", "src", "destination", "notes.txt"),
            "destination 'notes.txt' exists but is not a directory. Cannot overwrite");
        fs.invoke(ToolCall.ofKeywords("touch", Map.of("file_name", "a.txt")));
        contains(hint("mv", "source", "a.txt", "destination", "src"),
            "'a.txt': File already exists in destination directory 'src'");
        contains(hint("cp", "source", "a.txt", "destination", "src"), "already exists in destination directory");
    }

    @Test
    public void invalidCharactersListTheForbiddenSet() {
        contains(hint("touch", "file_name", "a?b"), "Invalid character", "| / \\ ? % * : \" > <");
        contains(hint("wc", "file_name", "notes.txt", "mode", "x"), "'l' (lines)");
    }

    @Test
    public void diffNamesTheFileAtFault() {
        String both = hint("diff", "file_name1", "x", "file_name2", "y");
        contains(both, "neither 'x' nor 'y'");
        String second = hint("diff", "file_name1", "notes.txt", "file_name2", "y");
        contains(second, "'y' was not found");
        assertFalse(second, second.contains("'notes.txt'"));
        contains(hint("diff", "file_name1", "src", "file_name2", "notes.txt"), "'src' is a directory",
            "directory with a file");
        contains(hint("diff", "file_name1", "src", "file_name2", "empty"), "are directories");
        contains(hint("diff", "file_name1", "src/a.txt", "file_name2", "notes.txt"), "Paths are not allowed");
    }

    @Test
    public void rootAndFind() {
        contains(hint("cd", "folder", ".."), "already the root");
        contains(hint("find", "path", "nowhere"), "'nowhere' is not a directory", "'.'");
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
