package io.envtune.policy.http;

import io.envtune.api.Completion;
import io.envtune.api.Conversation;
import io.envtune.api.Policy;
import io.envtune.api.SamplingParams;
import io.envtune.policy.http.internal.ChatClient;
import io.envtune.policy.http.internal.RetryingSender;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A {@link Policy} served by an OpenAI-compatible chat-completions endpoint (vLLM, SGLang, llama.cpp server,
 * Ollama). Every conversation of a batch becomes one request with {@code n} choices (split into several when
 * {@link HttpPolicyConfig#maxChoicesPerRequest()} caps it, topped up when the server returns fewer); requests run in
 * parallel, at most {@link HttpPolicyConfig#maxConcurrency()} in flight across all callers. Completions carry text
 * only (no token ids or log-probabilities), {@code truncated} when the server stopped for length.
 *
 * <p>Thread-safe. Failures are {@link IllegalStateException}s naming the URL and what went wrong (refused
 * connection, timeout, HTTP status with a body excerpt after the retries, malformed JSON, a missing field). Close it
 * to stop its worker threads.
 */
public final class HttpPolicy implements Policy, AutoCloseable {

    private final HttpPolicyConfig config;
    private final ChatClient client;
    private final ThreadPoolExecutor workers;

    /**
     * Reads the API key from the process environment.
     *
     * @param config the configuration
     */
    public HttpPolicy(HttpPolicyConfig config) {
        this(config, System::getenv);
    }

    /**
     * @param config the configuration
     * @param environment looks up environment variables (the API key variable is read once, here)
     */
    public HttpPolicy(HttpPolicyConfig config, Function<String, String> environment) {
        this.config = Objects.requireNonNull(config, "config");
        String key = config.apiKeyEnv().isEmpty() ? null : environment.apply(config.apiKeyEnv());
        this.client = new ChatClient(new RetryingSender(config, key), config.baseUrl(), config.model());
        // Twice the request limit: threads waiting out a backoff hold no request slot, so others can use it.
        int threads = 2 * config.maxConcurrency();
        this.workers = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
            daemonThreads());
        workers.allowCoreThreadTimeOut(true);
    }

    /** @return the configuration */
    public HttpPolicyConfig config() {
        return config;
    }

    /** @return {@code http:} and the configured model, or the base URL when the model comes from the server */
    @Override
    public String name() {
        return "http:" + (config.model().isEmpty() ? config.baseUrl().toString() : config.model());
    }

    @Override
    public List<List<Completion>> complete(List<Conversation> batch, SamplingParams params) {
        if (params.n() < 1) {
            throw new IllegalArgumentException("n must be at least 1, got " + params.n());
        }
        if (workers.isShutdown()) {
            throw new IllegalStateException("the policy for " + client.chatUrl() + " is closed");
        }
        List<Integer> chunks = chunks(params.n());
        List<List<Future<List<Completion>>>> pending = new ArrayList<>(batch.size());
        for (Conversation c : batch) {
            List<Future<List<Completion>>> mine = new ArrayList<>(chunks.size());
            for (int j = 0; j < chunks.size(); j++) {
                int count = chunks.get(j);
                long seed = params.seed() + j;
                mine.add(workers.submit(() -> client.sample(c, params, count, seed, chunks.size())));
            }
            pending.add(mine);
        }
        return collect(pending);
    }

    /** Stops the worker threads: requests in flight are interrupted, queued ones cancelled, later calls refused. */
    @Override
    public void close() {
        workers.shutdownNow().forEach(r -> ((Future<?>) r).cancel(false));
    }

    private List<Integer> chunks(int n) {
        int cap = config.maxChoicesPerRequest() == 0 ? n : config.maxChoicesPerRequest();
        List<Integer> sizes = new ArrayList<>();
        for (int left = n; left > 0; left -= cap) {
            sizes.add(Math.min(cap, left));
        }
        return sizes;
    }

    private List<List<Completion>> collect(List<List<Future<List<Completion>>>> pending) {
        List<List<Completion>> out = new ArrayList<>(pending.size());
        try {
            for (List<Future<List<Completion>>> mine : pending) {
                List<Completion> all = new ArrayList<>();
                for (Future<List<Completion>> f : mine) {
                    all.addAll(f.get());
                }
                out.add(List.copyOf(all));
            }
            return List.copyOf(out);
        } catch (ExecutionException e) {
            cancel(pending);
            throw e.getCause() instanceof RuntimeException r ? r
                : new IllegalStateException("request to " + client.chatUrl() + " failed", e.getCause());
        } catch (CancellationException e) {
            throw new IllegalStateException("the policy for " + client.chatUrl() + " was closed during the call", e);
        } catch (InterruptedException e) {
            cancel(pending);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + client.chatUrl(), e);
        }
    }

    private static void cancel(List<List<Future<List<Completion>>>> pending) {
        pending.forEach(mine -> mine.forEach(f -> f.cancel(true)));
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "envtune-http-policy-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
