package io.envtune.policy.djl.internal;

import io.envtune.api.ChatMessage;
import io.envtune.api.Policy;
import io.envtune.api.PolicyProvider;
import io.envtune.api.Task;
import io.envtune.api.TaskSource;
import io.envtune.api.ToolEnvironment;
import io.envtune.api.ToolSpec;
import io.envtune.api.UserTurn;
import io.envtune.policy.djl.BuiltinModel;
import io.envtune.policy.djl.DjlPolicies;
import io.envtune.policy.djl.GrpoSettings;
import io.envtune.policy.djl.PolicyOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Serves {@code --policy djl:builtin}, {@code djl:scratch} and {@code djl:DIR}. {@code builtin} is the shipped
 * warm-started checkpoint ({@link BuiltinCheckpoint}), copied out fresh for each run and decoded without a grammar.
 * {@code scratch} is the same architecture with seeded random weights, its vocabulary made from the registered
 * environments' tools and the registered tasks' questions and ground truth, with grammar-constrained decoding on; the
 * warm start's recipe begins there. A model folder loads with the paper's GRPO settings and unconstrained decoding.
 */
@Component(service = {PolicyProvider.class, DjlPolicyProvider.class})
public final class DjlPolicyProvider implements PolicyProvider {

    private final DjlEngine engine;
    private final BundleContext context;
    private final List<ToolEnvironment> environments = new CopyOnWriteArrayList<>();
    private final List<TaskSource> tasks = new CopyOnWriteArrayList<>();

    /**
     * @param engine the started engine (the provider waits for it)
     * @param context the bundle context, for the data area the built-in model is written to
     */
    @Activate
    public DjlPolicyProvider(@Reference DjlEngine engine, BundleContext context) {
        this.engine = engine;
        this.context = context;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addEnvironment(ToolEnvironment env) {
        environments.add(env);
    }

    void removeEnvironment(ToolEnvironment env) {
        environments.remove(env);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addTaskSource(TaskSource source) {
        tasks.add(source);
    }

    void removeTaskSource(TaskSource source) {
        tasks.remove(source);
    }

    @Override
    public String scheme() {
        return "djl";
    }

    @Override
    public Policy create(String location, long seed) {
        if (location.equals("builtin")) {
            // the shipped warm-started checkpoint, decoded without a grammar like any real model
            return DjlPolicies.load(shippedDir(),
                PolicyOptions.defaults("djl:builtin").withGrpo(GrpoSettings.warmStarted()));
        }
        if (location.equals("scratch")) {
            // Seeded random weights learn nothing unconstrained within minutes: the grammar keeps responses parseable,
            // short think/answer texts keep a whole response within a small token budget, so it always closes.
            PolicyOptions options = PolicyOptions.defaults("djl:scratch").withConstrained(true)
                .withGrpo(GrpoSettings.builtin()).withMaxTextBytes(16);
            return DjlPolicies.load(builtinDir(seed), options);
        }
        Path dir = Path.of(location);
        if (!Files.isRegularFile(dir.resolve("config.json"))) {
            throw new IllegalArgumentException("djl:" + location + " is not a model folder (no config.json)");
        }
        return DjlPolicies.load(dir, PolicyOptions.defaults("djl:" + dir.getFileName()));
    }

    /**
     * @return a fresh copy of the shipped warm-started built-in checkpoint in the bundle's data area
     */
    public Path shippedDir() {
        return BuiltinCheckpoint.copyTo(context.getDataFile("builtin-" + System.nanoTime()).toPath());
    }

    /**
     * Writes a fresh built-in model into the bundle's data area, its vocabulary made from the registered
     * environments' tools and tasks.
     *
     * @param seed the initialisation seed
     * @return the new model folder (the caller may delete it when done)
     */
    public Path builtinDir(long seed) {
        return builtinDir(seed, List.of());
    }

    /**
     * As {@link #builtinDir(long)}, with more texts for the vocabulary (the warm start's training data).
     *
     * @param seed the initialisation seed
     * @param extraTexts texts whose frequent words also become tokens (never validation tasks)
     * @return the new model folder (the caller may delete it when done)
     */
    public Path builtinDir(long seed, List<String> extraTexts) {
        Path dir = context.getDataFile("builtin-" + seed + "-" + System.nanoTime()).toPath();
        List<String> texts = new ArrayList<>(texts());
        texts.addAll(extraTexts);
        return BuiltinModel.of(tools(), texts, seed).write(dir);
    }

    /**
     * @param ids environment ids
     * @return the tools of those environments, in the order given
     * @throws IllegalArgumentException for an id that is not registered
     */
    public List<ToolSpec> tools(List<String> ids) {
        List<ToolSpec> out = new ArrayList<>();
        for (String id : ids) {
            ToolEnvironment env = environments.stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no environment '" + id + "'; registered: "
                    + environments.stream().map(ToolEnvironment::id).sorted().toList()));
            out.addAll(env.tools());
        }
        return out;
    }

    /**
     * @param id an environment (class) id
     * @return the registered environment with that id, or null
     */
    public ToolEnvironment environment(String id) {
        return environments.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }

    /**
     * @param id a task id
     * @return the registered task sources' training or validation task with that id, or null
     */
    public Task task(String id) {
        for (TaskSource s : tasks) {
            for (List<Task> list : List.of(s.tasks(), s.validation())) {
                for (Task t : list) {
                    if (t.id().equals(id)) {
                        return t;
                    }
                }
            }
        }
        return null;
    }

    private List<ToolSpec> tools() {
        List<ToolEnvironment> envs = new ArrayList<>(environments);
        envs.sort(Comparator.comparing(ToolEnvironment::id));
        List<ToolSpec> out = new ArrayList<>();
        envs.forEach(e -> out.addAll(e.tools()));
        return out;
    }

    private List<String> texts() {
        List<TaskSource> sources = new ArrayList<>(tasks);
        sources.sort(Comparator.comparing(TaskSource::id));
        List<String> out = new ArrayList<>();
        for (TaskSource s : sources) {
            // Training tasks only: held-out validation answers must not become single tokens of the vocabulary.
            for (Task t : s.tasks()) {
                for (UserTurn turn : t.turns()) {
                    turn.messages().stream().map(ChatMessage::content).forEach(out::add);
                    out.addAll(turn.groundTruth());
                }
            }
        }
        return out;
    }
}
