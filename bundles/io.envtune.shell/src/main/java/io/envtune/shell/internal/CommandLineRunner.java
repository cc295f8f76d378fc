package io.envtune.shell.internal;

import io.envtune.cli.FileErrors;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.felix.gogo.runtime.CommandNotFoundException;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The launcher's main-thread service ({@code main.thread=true}): bnd's launcher calls it on the JVM's main thread
 * and exits with its return value. With command-line arguments it runs them as one Gogo command line and returns 0,
 * or prints the error and returns 1. Without arguments the Gogo shell bundle runs the interactive console (see
 * {@link ShellMode}) and this runner only keeps the main thread until the framework stops.
 */
@Component(service = Callable.class, property = "main.thread=true")
public final class CommandLineRunner implements Callable<Integer> {

    private final BundleContext context;
    private final CommandProcessor processor;
    private final CountDownLatch stopped = new CountDownLatch(1);

    /**
     * @param context the bundle context, for the launcher arguments and the start-up wait
     * @param processor the Gogo command processor
     */
    @Activate
    public CommandLineRunner(BundleContext context, @Reference CommandProcessor processor) {
        this.context = context;
        this.processor = processor;
    }

    @Override
    public Integer call() {
        List<String> args = LauncherArguments.of(context);
        if (args.isEmpty()) {
            awaitStop();
            return 0;
        }
        new StartupWait(context).awaitStarted();
        // The process's own streams: Gogo replaces System.out with a per-thread stream that writes to the
        // session's output, so a session built on System.out would write into itself.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        CommandSession session = processor.createSession(new FileInputStream(FileDescriptor.in), out, err);
        try {
            return runOnce(session, args, out);
        } catch (Exception e) {
            String message = message(e);
            // Refusals already start with the command's name (envtune:train: ...); others get the program's.
            err.println(message.startsWith("envtune:") ? message : "envtune: " + message);
            return 1;
        } finally {
            session.close();
        }
    }

    /** Releases the main thread when the framework (and so this component) stops. */
    @Deactivate
    void deactivate() {
        stopped.countDown();
    }

    private void awaitStop() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private int runOnce(CommandSession session, List<String> args, PrintStream out) throws Exception {
        String line = CommandLine.join(args);
        if (!new StartupWait(context).awaitCommand(args.get(0))) {
            throw new IllegalArgumentException(unknown(args.get(0)));
        }
        Object result = session.execute(line);
        if (result instanceof CharSequence text) {
            out.println(text);
        } else if (result != null) {
            out.println(session.format(result, Converter.INSPECT));
        }
        out.flush();
        return 0;
    }

    private String unknown(String command) {
        List<String> closest = CommandNames.closest(command, CommandNames.registered(context));
        return "unknown command '" + command + "'" + (closest.isEmpty() ? "" : "; did you mean "
            + String.join(" or ", closest) + "?") + " (envtune:help lists the commands)";
    }

    private String message(Throwable e) {
        if (e instanceof CommandNotFoundException missing) {
            return unknown(missing.getCommand());
        }
        return FileErrors.describe(e);
    }
}
