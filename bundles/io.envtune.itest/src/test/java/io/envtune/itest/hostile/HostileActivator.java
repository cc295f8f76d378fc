package io.envtune.itest.hostile;

import io.envtune.api.EnvironmentId;
import io.envtune.api.TaskSource;
import io.envtune.api.ToolEnvironment;
import java.util.Dictionary;
import java.util.Hashtable;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * The activator of the hostile test bundles that {@link HostileJars} builds. Its manifest header {@code Hostile-Mode}
 * says how it misbehaves: {@code throw} (fails in activation), {@code duplicate} or {@code schema} (registers a
 * malformed environment), {@code serve} (registers a working environment whose {@code hang()} tool never returns,
 * with tasks), {@code npe} (registers a working environment whose {@code crash()} tool throws a NullPointerException,
 * with tasks). The environment id is the {@code Hostile-Env} header; its version is the bundle version.
 */
public final class HostileActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        String mode = context.getBundle().getHeaders().get("Hostile-Mode");
        String id = context.getBundle().getHeaders().get("Hostile-Env");
        if ("throw".equals(mode)) {
            throw new IllegalStateException("hostile bundle refuses to start");
        }
        HostileEnvironment env = new HostileEnvironment(id, context.getBundle().getVersion().toString(), mode);
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(EnvironmentId.NAME, id);
        context.registerService(ToolEnvironment.class, env, props);
        if ("serve".equals(mode) || "npe".equals(mode)) {
            context.registerService(TaskSource.class, new HostileTasks(id, mode), null);
        }
    }

    @Override
    public void stop(BundleContext context) {
        // services are unregistered by the framework
    }
}
