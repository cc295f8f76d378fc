package io.envtune.policy.http.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.envtune.api.Policy;
import org.junit.Test;

public class HttpPolicyProviderTest {

    @Test
    public void urlWithModelCreatesAPolicy() {
        Policy p = new HttpPolicyProvider().create("http://127.0.0.1:9/v1#qwen", 1);
        assertTrue(p.name(), p.name().contains("qwen") || p.name().contains("http"));
        assertEquals("http", new HttpPolicyProvider().scheme());
    }

    @Test(expected = IllegalArgumentException.class)
    public void somethingThatIsNotAUrlIsRejected() {
        new HttpPolicyProvider().create("localhost", 1);
    }
}
