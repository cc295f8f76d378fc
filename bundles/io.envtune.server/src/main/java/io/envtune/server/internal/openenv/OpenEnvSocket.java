package io.envtune.server.internal.openenv;

import java.nio.ByteBuffer;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;

/**
 * The Jetty side of one {@code /ws} connection: it gathers a text message from its fragments (refusing one over the
 * size limit with our own error once it has passed, without keeping it, so the connection stays usable), hands
 * whole messages to its {@link OpenEnvSession}, sends the answer, and only then asks Jetty for the next frame, so
 * one connection's messages are answered one at a time and in order. However the connection ends (a close message,
 * the client's close, a dropped TCP connection, the idle timeout), the session is released and its episode closed.
 * Public only because Jetty calls the listener methods through method handles.
 */
public final class OpenEnvSocket implements Session.Listener {

    private final OpenEnvSession protocol;
    private final int maxBytes;
    private final StringBuilder text = new StringBuilder();
    private long bytes;
    private boolean overflow;
    private volatile Session session;

    /**
     * @param protocol the connection's episode session
     * @param maxBytes the largest message accepted, in UTF-8 bytes
     */
    OpenEnvSocket(OpenEnvSession protocol, int maxBytes) {
        this.protocol = protocol;
        this.maxBytes = maxBytes;
    }

    @Override
    public void onWebSocketOpen(Session s) {
        this.session = s;
        s.demand();
    }

    @Override
    public void onWebSocketPartialText(String part, boolean last) {
        if (!overflow) {
            bytes += utf8Length(part);
            if (bytes > maxBytes) {
                overflow = true;
                text.setLength(0);
                text.trimToSize();
            } else {
                text.append(part);
            }
        }
        if (!last) {
            session.demand();
            return;
        }
        if (overflow) {
            reset();
            send(new OpenEnvSession.Answer(protocol.tooLarge(maxBytes), false));
            return;
        }
        String whole = text.toString();
        reset();
        send(protocol.handle(whole));
    }

    @Override
    public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
        callback.succeed();
        send(new OpenEnvSession.Answer(protocol.binary(), false));
    }

    private void reset() {
        text.setLength(0);
        bytes = 0;
        overflow = false;
    }

    private void send(OpenEnvSession.Answer answer) {
        Session s = session;
        if (answer.close()) {
            s.close(StatusCode.NORMAL, "closed by the client's close message", Callback.NOOP);
            return;
        }
        s.sendText(answer.text(), Callback.from(s::demand, failure -> s.disconnect()));
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason) {
        protocol.release();
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        protocol.release();
    }

    private static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
