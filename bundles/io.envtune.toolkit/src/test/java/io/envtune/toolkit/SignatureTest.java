package io.envtune.toolkit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;

import io.envtune.api.FailureKind;
import io.envtune.api.ToolCall;
import io.envtune.toolkit.value.PyException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** Binding with CPython 3.11's TypeError texts (generated with python3 for a class C). */
public final class SignatureTest {

    private static Signature sig(String name, Param... params) {
        return new Signature("C", name, "", List.of(params));
    }

    private static final Signature F0 = sig("f0");
    private static final Signature F1 = sig("f1", Param.required("a", "any", ""));
    private static final Signature F2 = sig("f2", Param.required("a", "any", ""), Param.required("b", "any", ""));
    private static final Signature F3 = sig("f3", Param.required("a", "any", ""), Param.required("b", "any", ""),
            Param.required("c", "any", ""));
    private static final Signature FD = sig("fd", Param.required("a", "any", ""), Param.optional("b", "any", "", 1L));
    private static final Signature FDD = sig("fdd", Param.optional("a", "any", "", 1L),
            Param.optional("b", "any", "", 2L));

    private static String bindError(Signature s, List<Object> args, Object... kw) {
        Map<String, Object> kwargs = new LinkedHashMap<>();
        for (int i = 0; i < kw.length; i += 2) {
            kwargs.put((String) kw[i], kw[i + 1]);
        }
        try {
            s.bind(new ToolCall(s.name(), args, kwargs));
        } catch (PyException e) {
            assertEquals(FailureKind.BAD_ARGUMENTS, e.kind());
            return e.getMessage();
        }
        return "OK";
    }

    private static List<Object> pos(Object... values) {
        return new ArrayList<>(List.of(values));
    }

    @Test
    public void cpythonTexts() {
        assertEquals("C.f0() takes 1 positional argument but 2 were given", bindError(F0, pos(1L)));
        assertEquals("C.f0() takes 1 positional argument but 3 were given", bindError(F0, pos(1L, 2L)));
        assertEquals("C.f1() missing 1 required positional argument: 'a'", bindError(F1, pos()));
        assertEquals("C.f1() takes 2 positional arguments but 3 were given", bindError(F1, pos(1L, 2L)));
        assertEquals("C.f2() missing 2 required positional arguments: 'a' and 'b'", bindError(F2, pos()));
        assertEquals("C.f3() missing 3 required positional arguments: 'a', 'b', and 'c'", bindError(F3, pos()));
        assertEquals("C.f3() missing 2 required positional arguments: 'b' and 'c'", bindError(F3, pos(1L)));
        assertEquals("C.f2() got multiple values for argument 'a'", bindError(F2, pos(1L), "a", 2L));
        assertEquals("C.f1() got an unexpected keyword argument 'x'", bindError(F1, pos(), "x", 1L));
        assertEquals("C.f1() got an unexpected keyword argument 'x'", bindError(F1, pos(1L, 2L), "x", 3L));
        assertEquals("C.fd() missing 1 required positional argument: 'a'", bindError(FD, pos()));
        assertEquals("C.fd() takes from 2 to 3 positional arguments but 4 were given", bindError(FD, pos(1L, 2L, 3L)));
        assertEquals("C.fdd() takes from 1 to 3 positional arguments but 4 were given",
                bindError(FDD, pos(1L, 2L, 3L)));
        assertEquals("C.f2() got multiple values for argument 'a'", bindError(F2, pos(1L, 2L, 3L), "a", 4L));
        assertEquals("C.f2() missing 1 required positional argument: 'a'", bindError(F2, pos(), "b", 1L));
        assertEquals("C.f0() got an unexpected keyword argument 'a'", bindError(F0, pos(), "a", 1L));
        assertEquals("C.f1() got an unexpected keyword argument 'x'", bindError(F1, pos(), "x", 1L, "a", 2L));
        assertEquals("C.f3() missing 2 required positional arguments: 'a' and 'c'", bindError(F3, pos(), "b", 1L));
        assertEquals("OK", bindError(FD, pos(1L)));
    }

    @Test
    public void defaultsAreSharedObjectsLikePython() {
        List<Object> shared = new ArrayList<>();
        Signature s = sig("post", Param.required("content", "string", ""), Param.optional("tags", "array", "", shared));
        BoundArgs b = s.bind(new ToolCall("post", pos("hi"), Map.of()));
        assertSame(shared, b.get("tags"));
        assertEquals("hi", b.get("content"));
        assertEquals(List.of("content", "tags"), List.copyOf(b.values().keySet()));
    }

    @Test(expected = IllegalArgumentException.class)
    public void unknownParameterNameIsABug() {
        F1.bind(new ToolCall("f1", pos(1L), Map.of())).get("zzz");
    }
}
