package io.envtune.policy.djl.internal;

import java.io.ByteArrayOutputStream;

/**
 * The byte-level BPE alphabet: every byte maps to one printable character (printable Latin-1 bytes to themselves,
 * the others to U+0100 onwards, in byte order), so byte strings become ordinary token strings.
 */
public final class ByteLevel {

    private static final char[] BYTE_TO_CHAR = table();
    private static final int[] CHAR_TO_BYTE = inverse();

    private ByteLevel() {
    }

    private static char[] table() {
        char[] out = new char[256];
        int next = 256;
        for (int b = 0; b < 256; b++) {
            boolean printable = (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
            out[b] = printable ? (char) b : (char) next++;
        }
        return out;
    }

    private static int[] inverse() {
        int[] out = new int[512];
        java.util.Arrays.fill(out, -1);
        for (int b = 0; b < 256; b++) {
            out[BYTE_TO_CHAR[b]] = b;
        }
        return out;
    }

    /**
     * @param b a byte
     * @return its alphabet character
     */
    public static char charOf(int b) {
        return BYTE_TO_CHAR[b & 0xff];
    }

    /**
     * @param bytes raw bytes
     * @return the token string
     */
    public static String encode(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            sb.append(charOf(b));
        }
        return sb.toString();
    }

    /**
     * @param token a token string in the byte alphabet
     * @return its bytes (characters outside the alphabet are taken as UTF-8)
     */
    public static byte[] decode(String token) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            int b = byteOf(c);
            if (b >= 0) {
                out.write(b);
            } else {
                out.writeBytes(String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    private static int byteOf(char c) {
        return c < CHAR_TO_BYTE.length ? CHAR_TO_BYTE[c] : -1;
    }
}
