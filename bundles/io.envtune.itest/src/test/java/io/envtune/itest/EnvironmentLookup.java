package io.envtune.itest;

import io.envtune.api.EnvironmentId;
import io.envtune.api.ToolEnvironment;
import java.util.Collection;
import java.util.function.Function;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** The newest registered environment of an id, straight from the service registry (as the shell's registry does). */
final class EnvironmentLookup implements Function<String, ToolEnvironment> {

    private final BundleContext context;

    EnvironmentLookup(BundleContext context) {
        this.context = context;
    }

    @Override
    public ToolEnvironment apply(String id) {
        try {
            Collection<ServiceReference<ToolEnvironment>> refs = context.getServiceReferences(ToolEnvironment.class,
                "(" + EnvironmentId.NAME + "=" + id + ")");
            return refs.stream().max(ServiceReference::compareTo).map(context::getService).orElse(null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * @param id an environment id
     * @param version the version to wait for
     * @param timeoutMs how long
     * @return the environment once that version serves, or null
     */
    ToolEnvironment await(String id, String version, long timeoutMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < deadline) {
            ToolEnvironment env = apply(id);
            if (env != null && version.equals(env.version())) {
                return env;
            }
            Thread.sleep(50);
        }
        return null;
    }
}
