package io.envtune.policy.http.internal;

import java.net.URI;

/**
 * The two URLs used under an API root. Appends path segments as text because {@link URI#resolve(String)} would drop
 * the root's last segment ({@code /v1}) when it has no trailing slash.
 */
public final class Endpoints {

    private static final String CHAT = "/chat/completions";

    private Endpoints() {
    }

    /**
     * @param baseUrl the API root, with or without a trailing slash or {@code /chat/completions}
     * @return the chat-completions URL
     */
    public static URI chat(URI baseUrl) {
        return URI.create(root(baseUrl) + CHAT);
    }

    /**
     * @param baseUrl the API root
     * @return the model-listing URL
     */
    public static URI models(URI baseUrl) {
        return URI.create(root(baseUrl) + "/models");
    }

    private static String root(URI baseUrl) {
        String s = baseUrl.toString();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.endsWith(CHAT) ? s.substring(0, s.length() - CHAT.length()) : s;
    }
}
