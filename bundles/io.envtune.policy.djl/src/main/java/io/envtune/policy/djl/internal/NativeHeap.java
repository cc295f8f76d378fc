package io.envtune.policy.djl.internal;

import com.sun.jna.Function;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;

/**
 * Keeps freed native tensor memory in the process for reuse instead of handing it back to the OS (glibc
 * {@code mallopt}: no mmap for large blocks, no trimming of the heap top). Why: PyTorch's CPU allocator is plain
 * {@code malloc}, and glibc serves every block above its mmap threshold (at most 32 MB) with a fresh mmap and
 * returns it with munmap on free. A training step allocates and frees gigabytes of attention scores, logits and
 * gradients, so each step faulted in (and the kernel zeroed) every page anew: a default 4-step run took 28 million
 * minor page faults and as much system time as user time. With the blocks kept, later steps reuse the same pages.
 * The cost: the resident size stays at its high-water mark. {@code -Denvtune.djl.keepNativeHeap=false} leaves
 * glibc's defaults.
 */
final class NativeHeap {

    /** The system property that leaves glibc's defaults ({@code false}). */
    static final String SWITCH = "envtune.djl.keepNativeHeap";

    private static final int M_TRIM_THRESHOLD = -1;
    private static final int M_MMAP_MAX = -4;

    private static volatile String state;

    private NativeHeap() {
    }

    /**
     * Applies the settings once per process (later calls only report).
     *
     * @return what was done, e.g. {@code kept (glibc mmap off, trim off)}
     */
    static synchronized String keep() {
        if (state == null) {
            state = apply();
        }
        return state;
    }

    private static String apply() {
        if (!Boolean.parseBoolean(System.getProperty(SWITCH, "true"))) {
            return "glibc defaults (-D" + SWITCH + "=false)";
        }
        if (!Platform.isLinux()) {
            return "allocator defaults (not Linux)";
        }
        try {
            Function mallopt = NativeLibrary.getInstance(Platform.C_LIBRARY_NAME).getFunction("mallopt");
            // mallopt returns 1 on success; a C library without it (musl) fails the lookup instead
            boolean mmapOff = mallopt.invokeInt(new Object[] {M_MMAP_MAX, 0}) == 1;
            boolean trimOff = mallopt.invokeInt(new Object[] {M_TRIM_THRESHOLD, Integer.MAX_VALUE}) == 1;
            return "kept (glibc mmap " + (mmapOff ? "off" : "unchanged") + ", trim " + (trimOff ? "off" : "unchanged")
                + ")";
        } catch (RuntimeException | LinkageError e) {
            return "allocator defaults (no glibc mallopt: " + e.getMessage() + ")";
        }
    }
}
