package io.envtune.env.message.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.envtune.api.EnvironmentInstance;
import io.envtune.api.EnvironmentOptions;
import io.envtune.api.FailureKind;
import io.envtune.api.ToolResult;
import io.envtune.toolkit.CallExecutor;
import java.util.List;
import org.junit.Test;

/** Quirks of the reference MessageAPI that the fixtures touch only lightly or not at all. */
public final class MessageToolsTest {

    private EnvironmentInstance instance;
    private CallExecutor executor;

    private void load(String scenario) {
        instance = new MessageEnvironment().create(scenario, EnvironmentOptions.DEFAULT);
        executor = new CallExecutor(List.of(new CallExecutor.ToolLookup(instance, MessageTable.TABLE.names())));
    }

    private String run(String call) {
        return executor.execute(call).text();
    }

    @Test
    public void messageIdsFollowTheSeededStream() {
        load("{\"current_user\": \"USR001\"}");
        assertTrue(run("send_message(receiver_id='USR002', message='a')").contains("{\"new_id\": 67410}"));
        assertTrue(run("send_message(receiver_id='USR002', message='b')").contains("{\"new_id\": 41772}"));
        assertTrue(instance.canonicalState().startsWith("{\"current_user\":\"USR001\",\"generated_ids\":[41772,67410]"));
    }

    @Test
    public void addContactCountsBeforeCheckingTheNewId() {
        load("{\"user_count\": 4, \"user_map\": {\"Zed\": \"USR005\"}}");
        assertEquals("{\"error\": \"User ID 'USR005' already exists.\"}", run("add_contact(user_name='Amy')"));
        assertTrue(instance.canonicalState().contains("\"user_count\":5"));
        assertEquals("{\"added_status\": true, \"user_id\": \"USR006\", \"message\": \"Contact 'Amy' added successfully.\"}",
            run("add_contact(user_name='Amy')"));
    }

    @Test
    public void deleteRemovesTheFirstEqualMessage() {
        load("{\"current_user\": \"USR001\", \"inbox\": [{\"USR002\": \"hi\"}, {\"USR003\": \"x\"}, {\"USR002\": \"hi\"}]}");
        run("delete_message(receiver_id='USR002')");
        assertTrue(instance.canonicalState().contains("\"inbox\":[{\"USR003\":\"x\"},{\"USR002\":\"hi\"}]"));
    }

    @Test
    public void wrongTypesRaiseWhatPythonRaises() {
        load("{\"current_user\": \"USR001\"}");
        assertEquals("Error during execution: unhashable type: 'list'", run("get_user_id(user=['Alice'])"));
        assertEquals("Error during execution: 'int' object has no attribute 'lower'", run("search_messages(keyword=5)"));
        assertEquals("{\"login_status\": false, \"message\": \"User ID '5' not found.\"}", run("message_login(user_id=5)"));
    }

    @Test
    public void malformedInboxEntriesRaiseOnRead() {
        load("{\"current_user\": \"USR001\", \"inbox\": [{}]}");
        assertEquals("Error during execution: list index out of range", run("get_message_stats()"));
    }

    @Test
    public void failuresCarryTheirReason() {
        load("{}");
        ToolResult result = executor.execute("send_message(receiver_id='USR002', message='hi')");
        assertEquals(FailureKind.NOT_AUTHENTICATED, result.failure().kind());
        run("message_login(user_id='USR001')");
        assertEquals(FailureKind.NOT_FOUND, executor.execute("delete_message(receiver_id='USR009')").failure().kind());
    }
}
