package io.envtune.policy.djl.internal;

import ai.djl.engine.Engine;
import java.util.concurrent.Callable;

/**
 * The one door to DJL: every call into DJL, the tokenizer included, goes through {@link #call(Callable)}, which sets
 * the thread context class loader to this bundle's loader. DJL discovers engines with {@code ServiceLoader} and finds
 * its native libraries through the context loader; inside OSGi the default context loader sees neither.
 */
public final class DjlRuntime {

    /** The engine every model here runs on. */
    public static final String ENGINE = "PyTorch";

    private DjlRuntime() {
    }

    /**
     * Sets DJL's properties unless the launcher already set them: no downloads and no usage tracking (DJL's engine
     * init would otherwise probe a cloud metadata address), and one PyTorch thread. One thread because OpenMP's
     * spinning workers collapse when the cores are shared: on this 2-core machine under load, a 512-token prefill of
     * the built-in model took 0.49 s with 2 threads and 0.036 s with 1; rollouts in other threads of the same JVM
     * share the cores too. Override with {@code -Dai.djl.pytorch.num_threads=N}. Must run before DJL's
     * {@code Engine} is loaded.
     */
    public static void defaultProperties() {
        setIfAbsent("ai.djl.pytorch.num_threads", "1");
        setIfAbsent("ai.djl.pytorch.num_interop_threads", "1");
        setIfAbsent("ai.djl.offline", "true");
        setIfAbsent("OPT_OUT_TRACKING", "true");
        setIfAbsent("ai.djl.default_engine", ENGINE);
        setIfAbsent("org.slf4j.simpleLogger.log.ai.djl.util.cuda.CudaUtils", "error");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /**
     * Loads the PyTorch engine (extracting the embedded natives on first use) and reports it.
     *
     * @return e.g. {@code PyTorch 2.7.1}
     * @throws IllegalStateException with the cause when the native library cannot be loaded
     */
    public static String initEngine() {
        defaultProperties();
        NativeHeap.keep();
        return call(() -> {
            try {
                Engine engine = Engine.getEngine(ENGINE);
                return engine.getEngineName() + " " + engine.getVersion();
            } catch (RuntimeException | LinkageError e) {
                throw new IllegalStateException("The DJL PyTorch engine could not start (native library "
                        + "not loadable on " + System.getProperty("os.name") + "/" + System.getProperty("os.arch")
                        + "; natives are extracted to ~/.djl.ai or $DJL_CACHE_DIR): " + e, e);
            }
        });
    }

    /**
     * Runs DJL code with this bundle's class loader as the thread context class loader.
     *
     * @param body the code
     * @param <T> its result type
     * @return the result
     */
    public static <T> T call(Callable<T> body) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(DjlRuntime.class.getClassLoader());
        try {
            return body.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * Runs DJL code without a result, with this bundle's class loader as the context class loader.
     *
     * @param body the code
     */
    public static void run(Runnable body) {
        call(() -> {
            body.run();
            return null;
        });
    }

    /**
     * The line {@code envtune:generate --verbose} prints first.
     *
     * @param device the device option
     * @param decoding how sampling runs (e.g. {@code packed weights, one scripted call per step})
     * @return e.g. {@code PyTorch 2.7.1 on cpu; decoding: …; native heap: …}
     */
    public static String describe(String device, String decoding) {
        return initEngine() + " on " + device + "; decoding: " + decoding + "; native heap: " + NativeHeap.keep();
    }
}
