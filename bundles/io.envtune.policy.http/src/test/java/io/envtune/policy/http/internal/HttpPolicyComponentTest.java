package io.envtune.policy.http.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.envtune.api.Completion;
import io.envtune.policy.http.Chats;
import io.envtune.policy.http.HttpPolicyConfig;
import io.envtune.policy.http.ScriptedServer;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** The DS component, activated with a configuration built the way SCR builds it (annotation defaults + properties). */
public final class HttpPolicyComponentTest {

    /** An annotation instance answering from the map, else from the element's default, like SCR's. */
    private static HttpPolicyComponent.Config config(Map<String, Object> properties) {
        return (HttpPolicyComponent.Config) Proxy.newProxyInstance(HttpPolicyComponent.Config.class.getClassLoader(),
            new Class<?>[] {HttpPolicyComponent.Config.class},
            (proxy, method, args) -> properties.getOrDefault(method.getName(), method.getDefaultValue()));
    }

    @Test
    public void defaultsMatchTheRecordDefaults() {
        HttpPolicyConfig c = HttpPolicyComponent.toConfig(config(Map.of()));
        assertEquals(HttpPolicyConfig.defaults(URI.create("http://localhost:8000/v1")), c);
    }

    @Test
    public void servesCompletionsFromTheConfiguredServer() throws Exception {
        try (ScriptedServer server = ScriptedServer.scripted(ScriptedServer.Reply.ok(Chats.answer("hi")))) {
            HttpPolicyComponent component = new HttpPolicyComponent(config(Map.of("baseUrl",
                server.baseUrl().toString(), "model", "qwen", "apiKeyEnv", "", "maxRetries", 0)));
            try {
                assertEquals("http:qwen", component.name());
                List<List<Completion>> out = component.complete(List.of(Chats.ask("q")), Chats.params(1));
                assertEquals("hi", out.get(0).get(0).text());
            } finally {
                component.deactivate();
            }
        }
    }

    @Test
    public void rejectsAnInvalidConfigurationAtActivation() {
        assertThrows(IllegalArgumentException.class,
            () -> new HttpPolicyComponent(config(Map.of("maxConcurrency", 0))));
        assertThrows(IllegalArgumentException.class,
            () -> HttpPolicyComponent.toConfig(config(Map.of("readTimeoutMs", 0L))));
    }
}
