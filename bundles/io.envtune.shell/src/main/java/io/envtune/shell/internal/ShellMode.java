package io.envtune.shell.internal;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Chooses how the Gogo shell bundle starts, before it starts (it runs at a later start level): with command-line
 * arguments the console stays closed ({@code --nointeractive --noshutdown}) and {@link CommandLineRunner} runs the
 * command; without, the console opens as usual and {@code exit} or {@code stop 0} ends the launcher.
 */
@Component(immediate = true, service = {})
public final class ShellMode {

    private static final String GOSH_ARGS = "gosh.args";

    /** @param context the bundle context, to read the launcher arguments */
    @Activate
    public ShellMode(BundleContext context) {
        if (System.getProperty(GOSH_ARGS) == null && !LauncherArguments.of(context).isEmpty()) {
            // The shell reads gosh.args from the framework properties, which fall back to system properties.
            System.setProperty(GOSH_ARGS, "--nointeractive --noshutdown");
        }
    }
}
