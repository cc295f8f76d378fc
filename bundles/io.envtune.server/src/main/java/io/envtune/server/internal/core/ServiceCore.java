package io.envtune.server.internal.core;

import io.envtune.api.EpisodeRecord;
import io.envtune.api.Reward;
import io.envtune.api.RewardFunction;
import io.envtune.api.Task;
import io.envtune.platform.Plugins;
import io.envtune.platform.TaskCatalog;
import io.envtune.runtime.EpisodeConfig;
import io.envtune.runtime.EpisodeSession;
import io.envtune.runtime.StepReply;
import io.envtune.runtime.ToolCallRunner;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The episode service without HTTP: open episodes by random id, each confined to one request at a time, with the
 * open-episode, step and idle limits, and the counters behind the metrics. Every client-caused failure is a
 * {@link ServiceError}; nothing a request does reaches another episode. Thread-safe.
 */
public final class ServiceCore implements AutoCloseable {

    private final Plugins plugins;
    private final TaskCatalog catalog;
    private final Limits limits;
    private final LongSupplier nanoClock;
    private final ServiceMetrics metrics;
    /** One runner for every episode's environment code: threads are shared and bounded, not made per episode. */
    private final ToolCallRunner toolCalls;

    /** Environment calls running at once over all episodes, hung ones included, before a call is refused. */
    private static final int TOOL_CALL_THREADS = 256;
    private final Map<String, OpenEpisode> episodes = new ConcurrentHashMap<>();
    private final AtomicInteger reserved = new AtomicInteger();
    private final AtomicLong storedChars = new AtomicLong();

    /**
     * @param plugins environments, rewards, augmenters, task sources, curriculum
     * @param catalog where tasks are found
     * @param limits the safety limits
     * @param nanoClock a monotonic clock in nanoseconds ({@code System::nanoTime} outside tests)
     */
    public ServiceCore(Plugins plugins, TaskCatalog catalog, Limits limits, LongSupplier nanoClock) {
        this.plugins = plugins;
        this.catalog = catalog;
        this.limits = limits;
        this.nanoClock = nanoClock;
        this.metrics = new ServiceMetrics(nanoClock);
        this.toolCalls = new ToolCallRunner(TOOL_CALL_THREADS);
    }

    /**
     * Opens an episode.
     *
     * @param request the task and settings
     * @return the new episode: id, system prompt and first question, tools
     * @throws ServiceError 400 for a bad request, 404 for an unknown task or stage, 429 at the open limit, 503 when
     *                      an environment the task needs is not registered
     */
    public EpisodeView open(EpisodeRequest request) {
        Task task = task(request);
        EpisodeConfig config = EpisodeSettings.resolve(request, plugins, catalog, limits);
        requireEnvironments(task);
        if (reserved.incrementAndGet() > limits.maxOpenEpisodes()) {
            reserved.decrementAndGet();
            metrics.rejected();
            throw new ServiceError(ServiceError.Kind.TOO_MANY, "too many open episodes (limit "
                + limits.maxOpenEpisodes() + "); close finished episodes (DELETE /v1/episodes/{id})");
        }
        boolean opened = false;
        try {
            String id = UUID.randomUUID().toString();
            EpisodeSession session = new EpisodeSession(new EpisodeSession.Setup(id, task, config,
                plugins::environment), plugins.augmenters(), toolCalls);
            OpenEpisode e = new OpenEpisode(session, config, nanoClock.getAsLong());
            episodes.put(id, e);
            opened = true;
            metrics.opened();
            return e.locked(nanoClock.getAsLong(), () -> view(e));
        } catch (IllegalArgumentException e) {
            throw new ServiceError(ServiceError.Kind.BAD_REQUEST, "cannot open task " + task.id() + ": "
                + e.getMessage());
        } finally {
            if (!opened) {
                reserved.decrementAndGet();
            }
        }
    }

    private Task task(EpisodeRequest r) {
        if ((r.taskId() == null) == (r.task() == null)) {
            throw new ServiceError(ServiceError.Kind.BAD_REQUEST, "give exactly one of taskId and task");
        }
        if (r.task() != null) {
            return r.task();
        }
        return catalog.task(r.taskId()).orElseThrow(() -> new ServiceError(ServiceError.Kind.NOT_FOUND,
            "unknown task '" + r.taskId() + "'"));
    }

    private void requireEnvironments(Task task) {
        for (String c : task.involvedClasses()) {
            if (plugins.environment(c) == null) {
                throw new ServiceError(ServiceError.Kind.UNAVAILABLE, "task " + task.id() + " needs environment '"
                    + c + "', which is not registered");
            }
        }
    }

    /**
     * Answers one assistant message.
     *
     * @param episodeId the episode
     * @param modelText the assistant's raw message
     * @return the reply
     * @throws ServiceError 404 unknown episode, 409 when it is over, busy or at its step limit
     */
    public Stepped step(String episodeId, String modelText) {
        OpenEpisode e = find(episodeId);
        return e.locked(nanoClock.getAsLong(), () -> {
            if (e.session().done()) {
                throw new ServiceError(ServiceError.Kind.CONFLICT, "episode " + episodeId + " is done");
            }
            if (e.steps() >= limits.maxStepsPerEpisode()) {
                throw new ServiceError(ServiceError.Kind.CONFLICT, "episode " + episodeId + " reached the step "
                    + "limit of " + limits.maxStepsPerEpisode());
            }
            // A text over the response limit is refused by the parser and not stored (only a short note is).
            reserveText(e, modelText == null ? 0 : Math.min(modelText.length(),
                e.config().limits().maxResponseChars()));
            StepReply reply = e.session().step(modelText);
            e.countStep(reply.turnScore() != null);
            metrics.stepped();
            return new Stepped(episodeId, reply, e.turnsEnded(), e.steps());
        });
    }

    private void reserveText(OpenEpisode e, long chars) {
        if (storedChars.addAndGet(chars) > limits.maxStoredChars()) {
            storedChars.addAndGet(-chars);
            throw new ServiceError(ServiceError.Kind.OVER_BUDGET, "the open episodes hold the most assistant text "
                + "this server keeps (" + limits.maxStoredChars() + " characters); close finished episodes");
        }
        e.store(chars);
    }

    /**
     * @param episodeId an episode
     * @return its current state
     */
    public EpisodeView view(String episodeId) {
        OpenEpisode e = find(episodeId);
        return e.locked(nanoClock.getAsLong(), () -> view(e));
    }

    private static EpisodeView view(OpenEpisode e) {
        EpisodeSession s = e.session();
        return new EpisodeView(s.episodeId(), s.task().id(), e.config(), s.task().turns().size(), e.steps(),
            s.done(), s.messages(), s.tools());
    }

    /**
     * @param episodeId an episode
     * @return its record so far
     */
    public EpisodeRecord record(String episodeId) {
        OpenEpisode e = find(episodeId);
        return e.locked(nanoClock.getAsLong(), () -> e.session().record());
    }

    /**
     * Scores an episode (finished or not) with registered rewards.
     *
     * @param episodeId an episode
     * @param names the rewards, or empty for every registered one
     * @return reward name to reward, in the order asked (registry order for all)
     * @throws ServiceError 404 for an unknown episode or reward name
     */
    public Map<String, Reward> rewards(String episodeId, List<String> names) {
        Map<String, RewardFunction> registered = plugins.rewards();
        List<String> wanted = names.isEmpty() ? new ArrayList<>(registered.keySet()) : names;
        for (String n : wanted) {
            if (!registered.containsKey(n)) {
                throw new ServiceError(ServiceError.Kind.NOT_FOUND, "unknown reward '" + n + "'; registered: "
                    + registered.keySet());
            }
        }
        EpisodeRecord record = record(episodeId);
        Map<String, Reward> out = new LinkedHashMap<>();
        for (String n : wanted) {
            out.put(n, score(registered.get(n), record));
        }
        return out;
    }

    private static Reward score(RewardFunction f, EpisodeRecord record) {
        try {
            return f.score(record);
        } catch (RuntimeException e) {
            throw new ServiceError(ServiceError.Kind.UNAVAILABLE, "reward '" + f.name() + "' failed: "
                + e.getMessage());
        }
    }

    /**
     * Closes an episode and releases its instances.
     *
     * @param episodeId an episode
     * @throws ServiceError 404 when it is not open
     */
    public void close(String episodeId) {
        OpenEpisode e = episodeId == null ? null : episodes.remove(episodeId);
        if (e == null) {
            throw notFound(episodeId);
        }
        release(e);
        metrics.closed();
    }

    /**
     * Closes every episode idle for longer than the idle timeout.
     *
     * @return how many were closed
     */
    public int expireIdle() {
        long now = nanoClock.getAsLong();
        long limit = limits.idleTimeout().toNanos();
        int n = 0;
        for (Map.Entry<String, OpenEpisode> entry : episodes.entrySet()) {
            if (now - entry.getValue().lastUsedNanos() > limit && episodes.remove(entry.getKey(), entry.getValue())) {
                release(entry.getValue());
                metrics.expired();
                n++;
            }
        }
        return n;
    }

    private void release(OpenEpisode e) {
        try {
            e.close();
        } finally {
            reserved.decrementAndGet();
            storedChars.addAndGet(-e.storedChars());
        }
    }

    private OpenEpisode find(String episodeId) {
        OpenEpisode e = episodeId == null ? null : episodes.get(episodeId);
        if (e == null) {
            throw notFound(episodeId);
        }
        return e;
    }

    private static ServiceError notFound(String episodeId) {
        return new ServiceError(ServiceError.Kind.NOT_FOUND, "unknown episode '" + episodeId + "' (never opened, "
            + "closed, or expired after idling)");
    }

    /** @return the number of open episodes */
    public int openEpisodes() {
        return episodes.size();
    }

    /** @return the counters and rates */
    public ServiceMetrics metrics() {
        return metrics;
    }

    /** @return the limits in force */
    public Limits limits() {
        return limits;
    }

    /** @return the plug-ins */
    public Plugins plugins() {
        return plugins;
    }

    /** @return the task catalog */
    public TaskCatalog catalog() {
        return catalog;
    }

    /** Closes every open episode, then the tool-call threads. */
    @Override
    public void close() {
        for (String id : List.copyOf(episodes.keySet())) {
            OpenEpisode e = episodes.remove(id);
            if (e != null) {
                release(e);
            }
        }
        toolCalls.close();
    }
}
