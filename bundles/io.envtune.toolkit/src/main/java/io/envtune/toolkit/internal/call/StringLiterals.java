package io.envtune.toolkit.internal.call;

import io.envtune.toolkit.internal.call.CallToken.Kind;

/** Adjacent string literals: prefixes, escape decoding and concatenation ({@code 'a' "b"} is {@code 'ab'}). */
final class StringLiterals {

    private StringLiterals() {
    }

    /** Consumes one or more STRING tokens and returns their value. */
    static Object concat(TokenCursor cursor) {
        CallToken first = cursor.peek();
        StringBuilder sb = new StringBuilder();
        boolean bytes = false;
        boolean unsupported = false;
        int count = 0;
        while (cursor.peek().kind() == Kind.STRING) {
            CallToken t = cursor.next();
            String prefix = t.text().toLowerCase(java.util.Locale.ROOT);
            boolean isBytes = prefix.indexOf('b') >= 0;
            if (count > 0 && isBytes != bytes) {
                throw SourceChars.error("cannot mix bytes and nonbytes literals", first.line());
            }
            bytes = isBytes;
            String body = (String) t.value();
            String text = prefix.indexOf('r') >= 0 ? body : StringDecoder.decode(body, t.line());
            unsupported |= prefix.indexOf('f') >= 0 && (text.indexOf('{') >= 0 || text.indexOf('}') >= 0);
            sb.append(text);
            count++;
        }
        if (bytes) {
            return cursor.fail(TokenCursor.runtimeError("bytes literals are not supported"));
        } else if (unsupported) {
            return cursor.fail(TokenCursor.runtimeError("f-string expressions are not supported"));
        }
        return sb.toString();
    }
}
