package io.envtune.policy.djl.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Starts the PyTorch engine as soon as the bundle starts, with this bundle's class loader as context loader (DJL's
 * engine discovery is one-shot: run once with the wrong loader, it stays empty until the JVM restarts). Components
 * that use DJL reference this service, so they activate only after the engine is up. A native library that cannot
 * load fails activation with the cause instead of hanging.
 */
@Component(service = DjlEngine.class, immediate = true)
public final class DjlEngine {

    private String description = "";

    /** Sets the offline/no-tracking defaults and loads the engine. */
    @Activate
    void activate() {
        description = DjlRuntime.initEngine();
    }

    /** @return e.g. {@code PyTorch 2.7.1} */
    public String description() {
        return description;
    }
}
