package io.envtune.server.internal.http;

import io.envtune.server.internal.core.ServiceError;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * Reads a request body without ever blocking the calling thread, so the router may run on Jetty's selector thread.
 * A small body usually arrives with the headers and is read at once on the calling thread; otherwise the reader asks
 * Jetty to call it back when more bytes come (a plain {@link Runnable}, which Jetty runs on a pool thread). The body
 * is refused once it passes the limit, whether or not a Content-Length announced it.
 */
public final class BodyReader implements Runnable {

    private final Request request;
    private final int maxBytes;
    private final Consumer<String> then;
    private final Consumer<ServiceError> failed;
    private byte[] bytes = new byte[0];
    private int size;

    private BodyReader(Request request, int maxBytes, Consumer<String> then, Consumer<ServiceError> failed) {
        this.request = request;
        this.maxBytes = maxBytes;
        this.then = then;
        this.failed = failed;
    }

    /**
     * Reads the body, then hands it on exactly once, to {@code then} or to {@code failed}.
     *
     * @param request the request
     * @param maxBytes the largest body accepted
     * @param then gets the body text (UTF-8)
     * @param failed gets a 413 over the limit, or a 400 when the body cannot be read
     */
    public static void read(Request request, int maxBytes, Consumer<String> then, Consumer<ServiceError> failed) {
        long declared = request.getLength();
        if (declared > maxBytes) {
            failed.accept(tooLarge(declared, maxBytes));
            return;
        }
        new BodyReader(request, maxBytes, then, failed).run();
    }

    /** Takes every chunk available now; asks for a call-back when none is. */
    @Override
    public void run() {
        while (true) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                request.demand(this);
                return;
            }
            if (Content.Chunk.isFailure(chunk)) {
                failed.accept(Json.bad("cannot read the request body: " + chunk.getFailure()));
                return;
            }
            boolean last = chunk.isLast();
            boolean fits = append(chunk.getByteBuffer());
            chunk.release();
            if (!fits) {
                failed.accept(tooLarge(-1, maxBytes));
                return;
            }
            if (last) {
                then.accept(new String(bytes, 0, size, StandardCharsets.UTF_8));
                return;
            }
        }
    }

    private boolean append(ByteBuffer b) {
        int n = b.remaining();
        if (size + n > maxBytes) {
            return false;
        }
        if (size + n > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.min(maxBytes, Math.max(size + n, bytes.length * 2)));
        }
        b.get(bytes, size, n);
        size += n;
        return true;
    }

    private static ServiceError tooLarge(long declared, int maxBytes) {
        return new ServiceError(ServiceError.Kind.TOO_LARGE, "request body " + (declared >= 0 ? "of " + declared
            + " bytes " : "") + "exceeds the limit of " + maxBytes + " bytes");
    }
}
