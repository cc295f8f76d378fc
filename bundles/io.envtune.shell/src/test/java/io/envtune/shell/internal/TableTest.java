package io.envtune.shell.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

public class TableTest {

    @Test
    public void columnsAreAlignedToTheWidestCell() {
        String out = Table.render(List.of(new String[] {"ID", "TOOLS"}, new String[] {"KeyValueStore", "3"}));
        assertEquals("ID             TOOLS\nKeyValueStore  3\n", out);
    }
}
