package io.envtune.shell.internal;

import io.envtune.api.EnvironmentId;
import io.envtune.api.ToolEnvironment;
import io.envtune.runtime.EnvironmentCheck;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The live view of registered tool environments that the commands share: dynamic, so a hot-deployed environment
 * is visible at once and a removed one disappears. When two bundles register the same id, the newest registration
 * (highest service id) serves new episodes; episodes already running keep the instance they started with.
 * An environment that fails {@link EnvironmentCheck} (duplicate tool names, invalid parameter schemas, tools that
 * cannot be listed) is rejected with one log line and never listed or served. Immediate, so that the line comes
 * when the bundle registers, not when a command first asks.
 */
@Component(service = EnvironmentRegistry.class, immediate = true)
public final class EnvironmentRegistry implements Function<String, ToolEnvironment> {

    private final Map<ServiceReference<ToolEnvironment>, ToolEnvironment> environments = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addEnvironment(ServiceReference<ToolEnvironment> ref, ToolEnvironment env) {
        List<String> problems = EnvironmentCheck.problems(env);
        if (!problems.isEmpty()) {
            System.err.println("envtune: rejected environment " + describe(ref, env) + ": "
                + String.join("; ", problems) + "; it is not listed and serves no episode, everything else keeps "
                + "running");
            return;
        }
        environments.put(ref, env);
    }

    private static String describe(ServiceReference<ToolEnvironment> ref, ToolEnvironment env) {
        Bundle b = ref.getBundle();
        String bundle = b == null ? "an unregistered service" : b.getSymbolicName() + " " + b.getVersion() + " ["
            + b.getBundleId() + "]";
        String id;
        try {
            id = env.id();
        } catch (RuntimeException | LinkageError e) {
            id = String.valueOf(ref.getProperty(EnvironmentId.NAME));
        }
        return "'" + id + "' from bundle " + bundle;
    }

    void removeEnvironment(ServiceReference<ToolEnvironment> ref) {
        environments.remove(ref);
    }

    /**
     * @param id an environment id
     * @return the newest environment with that id, or null
     */
    @Override
    public ToolEnvironment apply(String id) {
        return sorted().stream().filter(e -> id.equals(e.getValue().id())).reduce((a, b) -> b)
            .map(Map.Entry::getValue).orElse(null);
    }

    /** @return every registration, by id and then service id */
    List<Map.Entry<ServiceReference<ToolEnvironment>, ToolEnvironment>> sorted() {
        List<Map.Entry<ServiceReference<ToolEnvironment>, ToolEnvironment>> list =
            new ArrayList<>(environments.entrySet());
        list.sort(Comparator.comparing((Map.Entry<ServiceReference<ToolEnvironment>, ToolEnvironment> e) ->
            String.valueOf(e.getKey().getProperty(EnvironmentId.NAME)))
            .thenComparingLong(e -> (Long) e.getKey().getProperty(Constants.SERVICE_ID)));
        return list;
    }
}
