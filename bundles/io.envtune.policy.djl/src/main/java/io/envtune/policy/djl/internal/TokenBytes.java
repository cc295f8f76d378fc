package io.envtune.policy.djl.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The bytes each token id stands for, read from {@code tokenizer.json} (byte-level BPE, SentencePiece-style
 * metaspace with byte fallback, WordPiece, or plain vocabularies). The grammar mask and stop strings work on these
 * bytes; partial UTF-8 sequences of byte-level tokens are therefore no problem.
 */
public final class TokenBytes {

    private final byte[][] bytes;
    private final boolean[] special;

    private TokenBytes(byte[][] bytes, boolean[] special) {
        this.bytes = bytes;
        this.special = special;
    }

    /**
     * @param tokenizer the parsed {@code tokenizer.json}
     * @param vocabSize the model's vocabulary size (ids beyond the tokenizer's stay empty and count as special)
     * @return the table
     */
    public static TokenBytes of(JsonObject tokenizer, int vocabSize) {
        JsonObject model = tokenizer.getAsJsonObject("model");
        String decoder = decoderKind(tokenizer.get("decoder"));
        int size = vocabSize;
        byte[][] bytes = new byte[size][];
        boolean[] special = new boolean[size];
        JsonElement vocab = model.get("vocab");
        if (vocab != null && vocab.isJsonObject()) {
            for (Map.Entry<String, JsonElement> e : vocab.getAsJsonObject().entrySet()) {
                put(bytes, e.getValue().getAsInt(), decode(e.getKey(), decoder));
            }
        } else if (vocab != null && vocab.isJsonArray()) {
            JsonArray pieces = vocab.getAsJsonArray();
            for (int i = 0; i < pieces.size(); i++) {
                put(bytes, i, decode(pieces.get(i).getAsJsonArray().get(0).getAsString(), decoder));
            }
        }
        JsonArray added = tokenizer.getAsJsonArray("added_tokens");
        if (added != null) {
            for (JsonElement a : added) {
                JsonObject o = a.getAsJsonObject();
                int id = o.get("id").getAsInt();
                if (id < size) {
                    bytes[id] = o.get("content").getAsString().getBytes(StandardCharsets.UTF_8);
                    special[id] = o.has("special") && o.get("special").getAsBoolean();
                }
            }
        }
        for (int i = 0; i < size; i++) {
            if (bytes[i] == null) {
                bytes[i] = new byte[0];
                special[i] = true;
            }
        }
        return new TokenBytes(bytes, special);
    }

    /**
     * A table without a tokenizer: every id is an empty special token. Enough for raw-id decoding without stop
     * strings or a grammar.
     *
     * @param vocabSize the model's vocabulary size
     * @return the table
     */
    public static TokenBytes empty(int vocabSize) {
        JsonObject tokenizer = new JsonObject();
        tokenizer.add("model", new JsonObject());
        return of(tokenizer, vocabSize);
    }

    private static void put(byte[][] bytes, int id, byte[] value) {
        if (id >= 0 && id < bytes.length) {
            bytes[id] = value;
        }
    }

    private static String decoderKind(JsonElement decoder) {
        if (decoder == null || decoder.isJsonNull()) {
            return "";
        }
        JsonObject d = decoder.getAsJsonObject();
        String type = d.get("type").getAsString();
        if ("Sequence".equals(type)) {
            StringBuilder kinds = new StringBuilder();
            for (JsonElement e : d.getAsJsonArray("decoders")) {
                kinds.append(decoderKind(e)).append(' ');
            }
            return kinds.toString();
        }
        if ("Replace".equals(type) && d.toString().contains("\u2581")) {
            return "Metaspace";
        }
        return type;
    }

    private static byte[] decode(String token, String decoder) {
        if (decoder.contains("ByteLevel")) {
            return ByteLevel.decode(token);
        }
        if (decoder.contains("ByteFallback") && token.length() == 6 && token.startsWith("<0x") && token.endsWith(">")) {
            return new byte[] {(byte) Integer.parseInt(token.substring(3, 5), 16)};
        }
        String text = token;
        if (decoder.contains("Metaspace")) {
            text = text.replace('\u2581', ' ');
        } else if (decoder.contains("WordPiece")) {
            text = text.startsWith("##") ? text.substring(2) : " " + text;
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** @return the vocabulary size covered */
    public int size() {
        return bytes.length;
    }

    /**
     * @param id a token id
     * @return its bytes (empty for unknown ids)
     */
    public byte[] bytes(int id) {
        return bytes[id];
    }

    /**
     * @param id a token id
     * @return whether it is a special (control) token
     */
    public boolean special(int id) {
        return special[id];
    }

    /**
     * @param ids token ids
     * @return their concatenated bytes
     */
    public byte[] concat(Iterable<Integer> ids) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int id : ids) {
            if (!special[id]) {
                out.writeBytes(bytes[id]);
            }
        }
        return out.toByteArray();
    }
}
