package io.envtune.shell.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

public class CommandLineTest {

    @Test
    public void plainArgumentsAreJoinedAsIs() {
        assertEquals("envtune:replay --bfcl ../shared/bfcl/data --split base",
            CommandLine.join(List.of("envtune:replay", "--bfcl", "../shared/bfcl/data", "--split", "base")));
    }

    @Test
    public void argumentsWithSpacesOrGogoSyntaxAreQuoted() {
        assertEquals("echo \"a b\" \"\\$x\" \"{c}\"", CommandLine.join(List.of("echo", "a b", "$x", "{c}")));
    }
}
