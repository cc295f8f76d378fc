package io.envtune.server.internal.openenv;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;

/**
 * Reads one JSON document into a tree, stricter than Gson's own tree reader: strict syntax (RFC 8259: double
 * quotes, no comments, no trailing text), a key twice in one object is refused (Gson keeps the last silently),
 * numbers are kept exactly (as BigDecimal, never through double) so integers can be checked exactly, and nesting
 * deeper than Gson's reader allows (255) is refused.
 */
final class StrictJson {

    private StrictJson() {
    }

    /**
     * @param text a JSON document
     * @return its tree
     * @throws BadMessage INVALID_JSON with our own text, naming a duplicated key
     */
    static JsonElement parse(String text) {
        try (JsonReader r = new JsonReader(new StringReader(text))) {
            r.setStrictness(Strictness.STRICT);
            JsonElement e = read(r);
            if (r.peek() != JsonToken.END_DOCUMENT) {
                throw invalid();
            }
            return e;
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            throw invalid();
        }
    }

    private static JsonElement read(JsonReader r) throws IOException {
        switch (r.peek()) {
            case BEGIN_OBJECT:
                return object(r);
            case BEGIN_ARRAY:
                JsonArray a = new JsonArray();
                r.beginArray();
                while (r.hasNext()) {
                    a.add(read(r));
                }
                r.endArray();
                return a;
            case STRING:
                return new JsonPrimitive(r.nextString());
            case NUMBER:
                return new JsonPrimitive(new BigDecimal(r.nextString()));
            case BOOLEAN:
                return new JsonPrimitive(r.nextBoolean());
            case NULL:
                r.nextNull();
                return JsonNull.INSTANCE;
            default:
                throw invalid();
        }
    }

    private static JsonObject object(JsonReader r) throws IOException {
        JsonObject o = new JsonObject();
        r.beginObject();
        while (r.hasNext()) {
            String name = r.nextName();
            if (o.has(name)) {
                throw new BadMessage(BadMessage.Code.INVALID_JSON, null, "the key '" + name + "' appears twice in "
                    + "one object");
            }
            o.add(name, read(r));
        }
        r.endObject();
        return o;
    }

    private static BadMessage invalid() {
        return new BadMessage(BadMessage.Code.INVALID_JSON, null, "the message is not valid JSON (strict: double "
            + "quotes, no comments, one value and nothing after it)");
    }
}
