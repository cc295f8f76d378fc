package io.envtune.server.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * One non-blocking keep-alive connection of the {@link LoadLoop}: the episode slots it serves in turn, the request in
 * flight, and the reply bytes read so far. Replies are parsed by Content-Length (Jetty sends one for a body written
 * in one piece). Used by the loop's one thread only.
 */
final class LoadConnection {

    /** What the request in flight does for its slot. */
    enum Action {
        /** {@code POST /v1/episodes}. */
        OPEN,
        /** {@code POST /v1/episodes/{id}/step}, the only timed request. */
        STEP,
        /** {@code GET /v1/episodes/{id}/rewards/success} of a finished episode. */
        REWARD,
        /** {@code DELETE} of the finished episode, after its successor opened. */
        RETIRE,
        /** {@code DELETE} at the end of the run. */
        DRAIN
    }

    /** One episode slot: the open episode and where its oracle script is. */
    static final class Slot {
        String id;
        String retiring;
        OracleScript script;
        int turn;
        boolean afterObservation;
    }

    /**
     * A reply.
     *
     * @param status the HTTP status
     * @param body the body text
     */
    record Reply(int status, String body) {
    }

    private static final byte[] HEAD_END = {'\r', '\n', '\r', '\n'};

    final SocketChannel channel;
    final List<Slot> slots;
    int cursor;
    Action action;
    long sentNanos;
    long dueNanos;
    boolean ready;
    boolean draining;
    private ByteBuffer out = ByteBuffer.allocate(0);
    private ByteBuffer in = ByteBuffer.allocate(1 << 16);

    LoadConnection(String host, int port, List<Slot> slots) throws IOException {
        this.slots = slots;
        this.channel = SocketChannel.open();
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
        channel.connect(new InetSocketAddress(host, port));
        channel.configureBlocking(false);
    }

    Slot slot() {
        return slots.get(cursor);
    }

    /**
     * Starts a request and writes as much of it as the socket takes.
     *
     * @return true when all of it went out
     */
    boolean send(Action what, String method, String path, byte[] json, String host) throws IOException {
        byte[] head = (method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n"
            + (json.length == 0 ? "" : "Content-Type: application/json\r\n") + "Content-Length: " + json.length
            + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        out = ByteBuffer.allocate(head.length + json.length).put(head).put(json).flip();
        action = what;
        sentNanos = System.nanoTime();
        return flush();
    }

    /** @return true when the request is written completely */
    boolean flush() throws IOException {
        channel.write(out);
        return !out.hasRemaining();
    }

    /**
     * Reads what the socket has.
     *
     * @return the complete reply, or null while it is incomplete
     * @throws IOException when the server closed the connection or answered something unparseable
     */
    Reply poll() throws IOException {
        if (!in.hasRemaining()) {
            in = ByteBuffer.allocate(in.capacity() * 2).put(in.flip());
        }
        if (channel.read(in) < 0) {
            throw new IOException("the server closed the connection");
        }
        int headEnd = indexOf(in.array(), in.position(), HEAD_END);
        if (headEnd < 0) {
            return null;
        }
        String head = new String(in.array(), 0, headEnd, StandardCharsets.US_ASCII);
        int length = contentLength(head);
        int total = headEnd + HEAD_END.length + length;
        if (in.position() < total) {
            if (total > in.capacity()) {
                in = ByteBuffer.allocate(total).put(in.flip());
            }
            return null;
        }
        String body = new String(in.array(), headEnd + HEAD_END.length, length, StandardCharsets.UTF_8);
        in.clear();
        return new Reply(Integer.parseInt(head.substring(9, 12)), body);
    }

    private static int contentLength(String head) throws IOException {
        for (String line : head.split("\r\n")) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                return Integer.parseInt(line.substring(15).trim());
            }
        }
        throw new IOException("reply without Content-Length: " + head);
    }

    private static int indexOf(byte[] data, int end, byte[] what) {
        for (int i = 0; i + what.length <= end; i++) {
            int j = 0;
            while (j < what.length && data[i + j] == what[j]) {
                j++;
            }
            if (j == what.length) {
                return i;
            }
        }
        return -1;
    }

    void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // closing at the end of the run or after a failure; nothing to do
        }
    }
}
