package io.envtune.toolkit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import io.envtune.api.ToolCall;
import io.envtune.toolkit.internal.call.CallParser;
import io.envtune.toolkit.internal.call.JsonCalls;
import io.envtune.toolkit.internal.python.JsonValues;
import io.envtune.toolkit.internal.python.PyEllipsis;
import io.envtune.toolkit.internal.python.PyEquality;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** The FC decoding of tool calls to Python call strings, and the long-context constants. */
public final class JsonCallsTest {

    @Test
    @SuppressWarnings("unchecked")
    public void printsLikeBfcl() {
        Map<String, Object> args = (Map<String, Object>) JsonValues.fromJson("{\"source\": \"a'b\", \"n\": 1, "
                + "\"x\": 1.0, \"ok\": true, \"none\": null, \"l\": [1, \"s\"], \"d\": {\"k\": 2}}");
        ToolCall call = ToolCall.ofKeywords("mv", args);
        assertEquals("mv(source=\"a'b\",n=1,x=1.0,ok=True,none=None,l=[1, 's'],d={'k': 2})", JsonCalls.toPython(call));
        ToolCall back = CallParser.parse(JsonCalls.toPython(call));
        assertTrue(PyEquality.eq(call.kwargs(), back.kwargs()));
        assertEquals("ls()", JsonCalls.toPython(ToolCall.ofKeywords("ls", Map.of())));
    }

    @Test
    public void positionalArgumentsComeFirst() {
        assertEquals("sort('f.txt',x=2)", JsonCalls.toPython(new ToolCall("sort", List.of("f.txt"), Map.of("x", 2L))));
    }

    @Test
    public void longContextConstants() {
        LongContextData data = LongContextData.load(Bfcl.dir().resolve("data"));
        List<?> watch = (List<?>) data.get("WATCH_LIST_EXTENSION");
        assertEquals(1001, watch.size());
        assertSame(PyEllipsis.INSTANCE, watch.get(1000));
        assertEquals(3251, ((String) data.get("FILE_CONTENT_EXTENSION")).length());
        assertEquals(16, data.names().size());
        Object copy = JsonValues.deepCopy(data.get("CREDIT_CARD_EXTENSION"));
        ((Map<Object, Object>) copy).clear();
        assertEquals(22, ((Map<?, ?>) data.get("CREDIT_CARD_EXTENSION")).size());
    }

    @Test(expected = UnsupportedOperationException.class)
    public void longContextConstantsAreReadOnly() {
        LongContextData data = LongContextData.load(Bfcl.dir().resolve("data"));
        ((List<Object>) data.get("INTERMEDIARY_CITIES")).add("x");
    }

    @Test(expected = IllegalArgumentException.class)
    public void missingFolderIsAClearError() {
        LongContextData.load(java.nio.file.Paths.get("/nonexistent"));
    }
}
