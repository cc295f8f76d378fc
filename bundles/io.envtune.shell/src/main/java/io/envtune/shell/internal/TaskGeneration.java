package io.envtune.shell.internal;

import io.envtune.api.GenerationSettings;
import io.envtune.api.Task;
import io.envtune.api.TaskGenerator;
import io.envtune.runtime.AtomicFiles;
import io.envtune.toolkit.TaskLines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Runs task generators and writes their tasks as one task-line file (the format {@link TaskLines} reads), atomically:
 * a reader sees no file or the whole file. Each chosen generator makes {@code settings.count()} tasks, so the count is
 * per domain. Stateless.
 */
final class TaskGeneration {

    /**
     * What one generator made.
     *
     * @param environmentId the domain
     * @param bySplit tasks per split, in first-seen order
     * @param turns user turns over all its tasks
     * @param seconds the time it took to generate
     */
    record Made(String environmentId, Map<String, Integer> bySplit, int turns, double seconds) {

        /** @return e.g. {@code MathAPI: 400 tasks (base 134, miss_func 133, miss_param 133), 1012 turns in 0.08 s} */
        String line() {
            int total = bySplit.values().stream().mapToInt(Integer::intValue).sum();
            List<String> parts = new ArrayList<>();
            bySplit.forEach((split, n) -> parts.add(split + " " + n));
            return String.format(Locale.ROOT, "%s: %d tasks (%s), %d turns in %.2f s", environmentId, total,
                String.join(", ", parts), turns, seconds);
        }
    }

    private TaskGeneration() {
    }

    /**
     * @param generators the generators to run, in file order
     * @param settings the settings every generator runs with
     * @param out the file to write
     * @param force whether an existing file may be replaced
     * @return what each generator made, in order
     * @throws IllegalArgumentException when {@code out} exists and {@code force} is off, or two tasks share an id
     * @throws IOException when the file cannot be written (nothing is left behind)
     */
    static List<Made> write(List<TaskGenerator> generators, GenerationSettings settings, Path out, boolean force)
        throws IOException {
        if (Files.exists(out) && !force) {
            throw new IllegalArgumentException(out + " exists; pass --force to replace it");
        }
        List<Made> made = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (TaskGenerator g : generators) {
            long start = System.nanoTime();
            List<Task> tasks = g.generate(settings);
            double seconds = (System.nanoTime() - start) / 1e9;
            Map<String, Integer> bySplit = new LinkedHashMap<>();
            int turns = 0;
            for (Task t : tasks) {
                if (!ids.add(t.id())) {
                    throw new IllegalArgumentException("task id " + t.id() + " made twice (by " + g.environmentId()
                        + ")");
                }
                bySplit.merge(t.split(), 1, Integer::sum);
                turns += t.turns().size();
                lines.add(TaskLines.encode(t));
            }
            made.add(new Made(g.environmentId(), bySplit, turns, seconds));
        }
        AtomicFiles.write(out, w -> {
            for (String line : lines) {
                w.write(line);
                w.write('\n');
            }
        });
        return made;
    }
}
