package io.envtune.policy.http.internal;

import io.envtune.api.Policy;
import io.envtune.api.PolicyProvider;
import io.envtune.policy.http.HttpPolicy;
import io.envtune.policy.http.HttpPolicyConfig;
import java.net.URI;
import org.osgi.service.component.annotations.Component;

/**
 * Serves {@code --policy http:URL} and {@code http:URL#model}: an OpenAI-compatible endpoint with the default
 * settings (API key from {@code OPENAI_API_KEY}, the server's first model when none is named).
 */
@Component(service = PolicyProvider.class)
public final class HttpPolicyProvider implements PolicyProvider {

    @Override
    public String scheme() {
        return "http";
    }

    @Override
    public Policy create(String location, long seed) {
        int hash = location.indexOf('#');
        String url = hash < 0 ? location : location.substring(0, hash);
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw new IllegalArgumentException("http policy needs a URL such as http:http://127.0.0.1:8000/v1, was '"
                + location + "'");
        }
        HttpPolicyConfig config = HttpPolicyConfig.defaults(URI.create(url));
        return new HttpPolicy(hash < 0 ? config : config.withModel(location.substring(hash + 1)));
    }
}
