package io.envtune.policy.http;

import static io.envtune.policy.http.Chats.answer;
import static io.envtune.policy.http.Chats.ask;
import static io.envtune.policy.http.Chats.config;
import static io.envtune.policy.http.Chats.params;
import static org.junit.Assert.assertEquals;

import io.envtune.api.Completion;
import io.envtune.api.Conversation;
import io.envtune.policy.http.ScriptedServer.Reply;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.Test;

/** The concurrency limit, counted on the server: reached by one large batch, never exceeded by several callers. */
public final class HttpPolicyConcurrencyTest {

    private static List<Conversation> batch(int size) {
        return IntStream.range(0, size).mapToObj(i -> ask("q" + i)).toList();
    }

    @Test
    public void aLargeBatchRunsExactlyAtTheLimit() throws Exception {
        try (ScriptedServer server = ScriptedServer.answering(h -> Reply.ok(answer("a")).delayed(200));
             HttpPolicy policy = new HttpPolicy(config(server.baseUrl()).withLimits(3, 0))) {
            List<List<Completion>> out = policy.complete(batch(10), params(1));
            assertEquals(10, out.size());
            assertEquals(10, server.hits().size());
            assertEquals(3, server.maxActive());
        }
    }

    @Test
    public void theLimitHoldsAcrossCallingThreads() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try (ScriptedServer server = ScriptedServer.answering(h -> Reply.ok(answer("a")).delayed(100));
             HttpPolicy policy = new HttpPolicy(config(server.baseUrl()).withLimits(2, 1))) {
            List<Future<List<List<Completion>>>> calls = IntStream.range(0, 4)
                .mapToObj(i -> callers.submit(() -> policy.complete(batch(3), params(2)))).toList();
            for (Future<List<List<Completion>>> f : calls) {
                assertEquals(3, f.get().size());
                f.get().forEach(l -> assertEquals(2, l.size()));
            }
            assertEquals("4 callers x 3 conversations x 2 single-choice requests", 24, server.hits().size());
            assertEquals(2, server.maxActive());
        } finally {
            callers.shutdownNow();
        }
    }
}
