package io.envtune.server.internal.http;

import io.envtune.server.internal.core.ServiceError;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Bearer-token check: with a token set, every request but the health check must carry
 * {@code Authorization: Bearer <token>}; compared in constant time so timing does not leak the token. Immutable.
 */
public final class BearerAuth {

    private static final String PREFIX = "Bearer ";

    private final byte[] token;

    /** @param token the token, or null for no authentication (loopback without a token file) */
    public BearerAuth(String token) {
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @param authorization the Authorization header, or null
     * @throws ServiceError 401 when a token is required and missing or wrong
     */
    public void check(String authorization) {
        if (token == null) {
            return;
        }
        if (authorization == null || !authorization.startsWith(PREFIX)) {
            throw new ServiceError(ServiceError.Kind.UNAUTHORIZED, "this server requires 'Authorization: Bearer "
                + "<token>'");
        }
        byte[] given = authorization.substring(PREFIX.length()).trim().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(token, given)) {
            throw new ServiceError(ServiceError.Kind.UNAUTHORIZED, "wrong bearer token");
        }
    }
}
