package io.envtune.server.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A minimal blocking HTTP/1.1 client on one keep-alive connection with TCP_NODELAY: each request is written in one
 * flush and the response read by Content-Length (or chunks). It costs the load generator almost nothing per request,
 * so the latencies it measures are the server's and the loopback's. Not thread-safe: one per worker thread.
 */
public final class KeepAliveClient implements AutoCloseable {

    private final String host;
    private final int port;
    private Socket socket;
    private OutputStream out;
    private InputStream in;

    /**
     * A response.
     *
     * @param status the status code
     * @param body the body text
     */
    public record Response(int status, String body) {
    }

    /**
     * @param host the server host
     * @param port the server port
     */
    public KeepAliveClient(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /**
     * @param method the method
     * @param path the path
     * @param json the JSON body, or null
     * @return the response
     * @throws IOException when the connection fails (it is reopened on the next request)
     */
    public Response send(String method, String path, String json) throws IOException {
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        String head = method + " " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n"
            + (json == null ? "" : "Content-Type: application/json\r\n") + "Content-Length: " + body.length
            + "\r\n\r\n";
        return raw(head.getBytes(StandardCharsets.US_ASCII), body);
    }

    /**
     * Sends bytes as they are and reads one response.
     *
     * @param head the request line and headers, ending in a blank line
     * @param body the body bytes
     * @return the response
     * @throws IOException when the connection fails
     */
    public Response raw(byte[] head, byte[] body) throws IOException {
        write(head, body);
        return read();
    }

    /**
     * Writes bytes as they are, in one flush, without reading anything: part of a request, or a whole one.
     *
     * @param parts what to write
     * @throws IOException when the connection fails
     */
    public void write(byte[]... parts) throws IOException {
        connect();
        try {
            for (byte[] p : parts) {
                out.write(p);
            }
            out.flush();
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    /**
     * Reads one response.
     *
     * @return the response
     * @throws IOException when the connection fails or the response is not HTTP/1.1
     */
    public Response read() throws IOException {
        try {
            return readResponse();
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private void connect() throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), 10_000);
            socket.setSoTimeout(60_000);
            out = new BufferedOutputStream(socket.getOutputStream(), 1 << 16);
            in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
        }
    }

    private Response readResponse() throws IOException {
        String status = line();
        if (!status.startsWith("HTTP/1.1 ")) {
            throw new IOException("bad status line: " + status);
        }
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closeAfter = false;
        for (String h = line(); !h.isEmpty(); h = line()) {
            String lower = h.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(h.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                closeAfter = true;
            }
        }
        String body = chunked ? chunks() : new String(in.readNBytes((int) Math.max(0, length)),
            StandardCharsets.UTF_8);
        if (closeAfter) {
            close();
        }
        return new Response(code, body);
    }

    private String chunks() throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (int size = Integer.parseInt(line().trim(), 16); size > 0; size = Integer.parseInt(line().trim(), 16)) {
            all.write(in.readNBytes(size));
            line();
        }
        line();
        return all.toString(StandardCharsets.UTF_8);
    }

    private String line() throws IOException {
        StringBuilder s = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("connection closed");
            }
            if (c != '\r') {
                s.append((char) c);
            }
        }
        return s.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing a broken connection; nothing to do
            }
            socket = null;
        }
    }
}
