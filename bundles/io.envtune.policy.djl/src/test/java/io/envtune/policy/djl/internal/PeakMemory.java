package io.envtune.policy.djl.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Peak memory of one phase of a benchmark: the process's peak resident set (Linux {@code VmHWM}, reset by writing 5
 * to {@code /proc/self/clear_refs}; PyTorch's native tensors are counted here) and the Java heap's peak (the sum of
 * the heap pools' peaks, reset through their MXBeans).
 */
final class PeakMemory {

    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

    private PeakMemory() {
    }

    /** Starts a phase: resets both peaks (the RSS peak only where the kernel allows it). */
    static void reset() {
        try {
            Files.writeString(CLEAR_REFS, "5");
        } catch (IOException | UnsupportedOperationException e) {
            // not Linux, or not allowed: the RSS peak then covers the whole process life, said in the report line
        }
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /**
     * @return RSS now and its peak, the Java heap's peak use (garbage included) and the heap committed now (part of
     *         the RSS: RSS minus committed heap approximates the native side), for the phase since {@link #reset()}
     */
    static String report() {
        long heapPeak = 0;
        for (MemoryPoolMXBean p : heapPools()) {
            heapPeak += p.getPeakUsage().getUsed();
        }
        long committed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted();
        return String.format("RSS %d MB (peak %d MB), Java heap peak %d MB (committed %d MB)",
                status("VmRSS") / 1024, status("VmHWM") / 1024, heapPeak >> 20, committed >> 20);
    }

    private static java.util.List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
    }

    /** @return a {@code /proc/self/status} field in kB, or -1 where there is none */
    private static long status(String field) {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }
}
