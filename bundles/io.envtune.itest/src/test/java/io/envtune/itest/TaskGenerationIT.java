package io.envtune.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.envtune.api.EpisodeRecord;
import io.envtune.api.SamplingParams;
import io.envtune.api.Task;
import io.envtune.api.TaskGenerator;
import io.envtune.api.TurnScore;
import io.envtune.runtime.AugmenterChain;
import io.envtune.runtime.EpisodeConfig;
import io.envtune.runtime.Rollout;
import io.envtune.runtime.RolloutExecutor;
import io.envtune.runtime.policy.OraclePolicy;
import io.envtune.toolkit.TaskLines;
import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.inject.Inject;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * {@code envtune:tasks --generate all} in a real Felix framework: every domain bundle's generator is registered, the
 * command writes a task-line file covering each of them and the three splits, a second run without {@code --force}
 * is refused, and the oracle plays every written task through the episode protocol with the registered environments
 * and passes every turn.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TaskGenerationIT {

    @Inject
    BundleContext context;

    @Inject
    CommandProcessor commands;

    @Configuration
    public Option[] config() {
        return ItSupport.baseOptions();
    }

    private List<TaskGenerator> generators() throws Exception {
        Collection<ServiceReference<TaskGenerator>> refs = context.getServiceReferences(TaskGenerator.class, null);
        return refs.stream().map(context::getService).toList();
    }

    @Test
    public void everyGeneratorHasItsEnvironment() throws Exception {
        List<TaskGenerator> generators = generators();
        assertTrue("generators: " + generators.size(), generators.size() >= 4);
        EnvironmentLookup lookup = new EnvironmentLookup(context);
        for (TaskGenerator g : generators) {
            assertNotNull(g.environmentId(), lookup.apply(g.environmentId()));
        }
    }

    @Test
    public void generateAllWritesEveryDomainAndSplitAndTheOraclePassesThem() throws Exception {
        File out = new File(System.getProperty("envtune.it.work", "target/it-work"), "generated/tasks.jsonl");
        Files.deleteIfExists(out.toPath());
        CommandSession session = commands.createSession(System.in, System.out, System.err);
        try {
            Object summary = session.execute("envtune:tasks --generate all --n 60 --seed 11 --out "
                + out.getAbsolutePath());
            int domains = generators().size();
            assertTrue(String.valueOf(summary), String.valueOf(summary).contains((60 * domains) + " tasks -> "));
            try {
                session.execute("envtune:tasks --generate all --n 5 --seed 1 --out " + out.getAbsolutePath());
                fail("overwrote without --force");
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage(), e.getMessage().endsWith("exists; pass --force to replace it"));
            }
        } finally {
            session.close();
        }
        List<Task> tasks;
        try (InputStream in = Files.newInputStream(out.toPath())) {
            tasks = TaskLines.read(in, out.getName());
        }
        Set<String> classes = new TreeSet<>();
        Set<String> splits = new TreeSet<>();
        tasks.forEach(t -> {
            classes.add(t.involvedClasses().get(0));
            splits.add(t.split());
        });
        Set<String> expected = new TreeSet<>();
        generators().forEach(g -> expected.add(g.environmentId()));
        assertEquals(expected, classes);
        assertEquals(Set.of("base", "miss_func", "miss_param"), splits);
        assertOraclePasses(tasks);
    }

    private void assertOraclePasses(List<Task> tasks) {
        EnvironmentLookup lookup = new EnvironmentLookup(context);
        List<String> failed = new ArrayList<>();
        try (RolloutExecutor executor = new RolloutExecutor(2, 64)) {
            RolloutExecutor.Plan plan = new RolloutExecutor.Plan(EpisodeConfig.evaluation(null), lookup,
                AugmenterChain.EMPTY, new SamplingParams(1, 0, 1, 0, 512, List.of(), 1), false);
            for (Rollout r : executor.runAll(tasks, t -> new OraclePolicy(t, lookup), plan)) {
                EpisodeRecord rec = r.record();
                if (rec.turnScores().size() != rec.turnCount()
                    || !rec.turnScores().stream().allMatch(TurnScore::passed)) {
                    failed.add(rec.taskId() + " " + rec.turnScores());
                }
            }
        }
        assertTrue(failed.size() + " of " + tasks.size() + " failed: " + failed.stream().limit(5).toList(),
            failed.isEmpty());
    }
}
