package io.envtune.bfcl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

/** Category, split and long-context flag from an entry id. */
public final class EntryIdsTest {

    @Test
    public void derivesCategoryAndSplit() {
        assertEquals("multi_turn_miss_func", EntryIds.category("multi_turn_miss_func_12"));
        assertEquals("miss_func", EntryIds.split("multi_turn_miss_func_12"));
        assertEquals("long_context", EntryIds.split("multi_turn_long_context_0"));
        assertEquals("custom", EntryIds.split("custom"));
        assertEquals("multi_turn_base_x", EntryIds.category("multi_turn_base_x"));
    }

    @Test
    public void longContextOrCompositeTurnsTheFlagOn() {
        assertTrue(EntryIds.longContext("multi_turn_long_context_3"));
        assertTrue(EntryIds.longContext("multi_turn_composite_3"));
        assertFalse(EntryIds.longContext("multi_turn_base_3"));
        assertFalse(EntryIds.longContext("multi_turn_miss_param_3"));
    }
}
